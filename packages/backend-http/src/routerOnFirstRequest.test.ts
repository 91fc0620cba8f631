import express, {
  type ErrorRequestHandler,
  type RequestHandler,
} from 'express';
import PromiseRouter from 'express-promise-router';
import request from 'supertest';
import { routerOnFirstRequest } from './routerOnFirstRequest';

function loadedRouter() {
  const router = PromiseRouter();
  router.use(express.json());
  router.post('/things', async (req, res) => {
    res.status(201).json({ created: req.body.name });
  });
  router.get('/fails', async () => {
    throw new Error('route failed');
  });
  return router;
}

const errors: ErrorRequestHandler = (error, _req, res, _next) => {
  res.status(500).json({ message: error.message });
};

/** The lazy router, then what a plugin's router is followed by: a fallback and error handling. */
function appWith(lazy: RequestHandler, before?: RequestHandler) {
  const app = express();
  if (before) app.use(before);
  app.use(lazy);
  app.use((_req, res) => {
    res.status(404).json({ message: 'not here' });
  });
  app.use(errors);
  return app;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>(r => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('routerOnFirstRequest', () => {
  it('loads nothing until the first request, then loads once', async () => {
    const load = jest.fn(async () => loadedRouter());
    const app = appWith(routerOnFirstRequest(load));
    expect(load).not.toHaveBeenCalled();

    await request(app).post('/things').send({ name: 'a' }).expect(201);
    await request(app).post('/things').send({ name: 'b' }).expect(201);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('has concurrent first requests wait for one load', async () => {
    const router = deferred<RequestHandler>();
    const load = jest.fn(() => router.promise);
    // Both requests have reached the lazy router before the load finishes.
    const arrived = deferred<void>();
    let arrivals = 0;
    const app = appWith(routerOnFirstRequest(load), (_req, _res, next) => {
      if (++arrivals === 2) arrived.resolve();
      next();
    });

    const first = request(app).post('/things').send({ name: 'a' }).then();
    const second = request(app).post('/things').send({ name: 'b' }).then();
    await arrived.promise;
    router.resolve(loadedRouter());

    const answers = await Promise.all([first, second]);
    expect(answers.map(res => [res.status, res.body])).toEqual([
      [201, { created: 'a' }],
      [201, { created: 'b' }],
    ]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers a failed load through the error handlers and loads again for the next request', async () => {
    const load = jest
      .fn<Promise<RequestHandler>, []>()
      .mockRejectedValueOnce(new Error('cannot load the router'))
      .mockImplementation(async () => loadedRouter());
    const app = appWith(routerOnFirstRequest(load));

    const failed = await request(app).post('/things').send({ name: 'a' });
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ message: 'cannot load the router' });

    await request(app)
      .post('/things')
      .send({ name: 'b' })
      .expect(201, { created: 'b' });
    await request(app).post('/things').send({ name: 'c' }).expect(201);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("passes the loaded router's errors and unmatched requests on as the router itself would", async () => {
    const app = appWith(routerOnFirstRequest(async () => loadedRouter()));

    const failed = await request(app).get('/fails');
    expect([failed.status, failed.body]).toEqual([
      500,
      { message: 'route failed' },
    ]);
    const unmatched = await request(app).get('/elsewhere');
    expect([unmatched.status, unmatched.body]).toEqual([
      404,
      { message: 'not here' },
    ]);
  });
});
