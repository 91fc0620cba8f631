import express from 'express';
import request from 'supertest';
import type { EndpointMapOf } from './endpointMap';
import { specRouter } from './specRouter';

/** What openapi-typescript generates for two routes; the `@ts-expect-error` lines are the test. */
type Paths = {
  '/items/{id}': {
    get: {
      parameters: { path: { id: string }; query?: { full?: boolean } };
      responses: {
        200: { content: { 'application/json': { id: string; n: number } } };
      };
    };
    delete: {
      parameters: { path: { id: string } };
      responses: { 204: { content?: never } };
    };
  };
  '/items': {
    post: {
      requestBody: { content: { 'application/json': { n: number } } };
      responses: {
        201: { content: { 'application/json': { id: string; n: number } } };
      };
    };
  };
};

function routes(router: express.Router) {
  const typed = specRouter<EndpointMapOf<Paths>>(router);
  typed.get('/items/:id', (req, res) => {
    const id: string = req.params.id;
    const full: boolean | undefined = req.query.full;
    // @ts-expect-error the route has no such path parameter
    void req.params.other;
    // @ts-expect-error the answer is an item
    if (full) res.json({ id });
    res.json({ id, n: 1 });
  });
  typed.post('/items', (req, res) => {
    const n: number = req.body.n;
    // @ts-expect-error the body has no such field
    void req.body.other;
    res.status(201).json({ id: 'new', n });
  });
  typed.delete('/items/:id', (_req, res) => {
    res.status(204).end();
  });
  // @ts-expect-error not a path of the spec
  typed.get('/other', (_req, res) => res.end());
  // @ts-expect-error `/items` has no get
  typed.get('/items', (_req, res) => res.end());
  return typed;
}

describe('specRouter', () => {
  it('is the router it was given, its routes typed from the endpoint map', async () => {
    const router = express.Router();
    expect(routes(router)).toBe(router);
    const app = express().use(express.json()).use(router);
    expect((await request(app).get('/items/a')).body).toEqual({
      id: 'a',
      n: 1,
    });
    expect((await request(app).post('/items').send({ n: 2 })).status).toBe(201);
    expect((await request(app).delete('/items/a')).status).toBe(204);
  });
});
