import { InputError } from '@backstage/errors';
import express, { type ErrorRequestHandler } from 'express';
import PromiseRouter from 'express-promise-router';
import request from 'supertest';
import type { OpenApiDocument } from './specParts';
import { validatedOnFirstRequest } from './validatedOnFirstRequest';

const spec: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'things', version: '1' },
  paths: {
    '/things': { post: { responses: { '201': { description: 'made' } } } },
    '/fails': { get: { responses: { '500': { description: 'fails' } } } },
  },
};

/** Stands for the validated router: parses JSON and refuses a body without `name`. */
function fakeValidatedRouter(_part: OpenApiDocument) {
  const router = PromiseRouter();
  router.use(express.json());
  router.use((req, _res, next) => {
    if (req.method === 'POST' && typeof req.body?.name !== 'string')
      throw new InputError('request/body must have required property name');
    next();
  });
  return router;
}

const errors: ErrorRequestHandler = (error, _req, res, _next) => {
  res.status(error instanceof InputError ? 400 : 500).json({
    name: error.name,
    message: error.message,
  });
};

function appWith(create: (part: OpenApiDocument) => express.Router) {
  const router = validatedOnFirstRequest(spec, create);
  router.post('/things', async (req, res) => {
    res.status(201).json({ created: req.body.name });
  });
  router.get('/fails', async () => {
    throw new Error('route failed');
  });
  router.use(errors);
  return express().use(router);
}

describe('validatedOnFirstRequest', () => {
  it('builds the validated router on the first request only, not when created', async () => {
    const create = jest.fn(fakeValidatedRouter);
    const app = appWith(create);
    expect(create).not.toHaveBeenCalled();

    await request(app).post('/things').send({ name: 'a' }).expect(201);
    await request(app).post('/things').send({ name: 'b' }).expect(201);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('builds one validator per part of the spec, from the paths its requests can match', async () => {
    const create = jest.fn(fakeValidatedRouter);
    const app = appWith(create);

    await request(app).post('/things').send({ name: 'a' }).expect(201);
    await request(app).post('/Things?x=1').send({ name: 'b' }).expect(201);
    await request(app).get('/fails').expect(500);
    const paths = create.mock.calls.map(([part]) => Object.keys(part.paths));
    expect(paths).toEqual([['/things'], ['/fails']]);
  });

  it('gives a path the spec does not start with the whole spec, built once', async () => {
    const create = jest.fn(fakeValidatedRouter);
    const app = appWith(create);

    await request(app).get('/unknown/path').expect(404);
    await request(app).get('/other/path').expect(404);
    expect(create.mock.calls).toEqual([[spec]]);
  });

  it('serves the spec as written, its paths under the base, without building a validator', async () => {
    const create = jest.fn(fakeValidatedRouter);
    const app = express().use('/api/things', appWith(create));

    const res = await request(app).get('/api/things/openapi.json').expect(200);
    expect(res.body).toEqual({
      ...spec,
      paths: {
        '/api/things/things': spec.paths['/things'],
        '/api/things/fails': spec.paths['/fails'],
      },
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('hands the routes the request the validated router parsed', async () => {
    const res = await request(appWith(fakeValidatedRouter))
      .post('/things')
      .send({ name: 'widget' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ created: 'widget' });
  });

  it("passes the validated router's refusals to the router's error handlers", async () => {
    const res = await request(appWith(fakeValidatedRouter))
      .post('/things')
      .send({ other: 1 });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      name: 'InputError',
      message: 'request/body must have required property name',
    });
  });

  it("still catches a route's rejected promise", async () => {
    const res = await request(appWith(fakeValidatedRouter)).get('/fails');
    expect(res.status).toBe(500);
    expect(res.body.message).toBe('route failed');
  });
});
