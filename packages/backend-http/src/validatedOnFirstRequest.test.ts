import { InputError } from '@backstage/errors';
import express, { type ErrorRequestHandler } from 'express';
import PromiseRouter from 'express-promise-router';
import request from 'supertest';
import { validatedOnFirstRequest } from './validatedOnFirstRequest';

/** Stands for the validated router: parses JSON and refuses a body without `name`. */
function fakeValidatedRouter() {
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

function appWith(create: () => express.Router) {
  const router = validatedOnFirstRequest(create);
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
