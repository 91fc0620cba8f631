import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createPermission } from '@backstage/plugin-permission-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { NotAllowedError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { runRoute } from './runRoute';
import { jsonBody } from './refusedInput';

const permission = createPermission({
  name: 'test.thing.create',
  attributes: {},
});

function appWith(result: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
  const auditor = mockServices.auditor.mock();
  const events: Array<{ eventId: string; outcome: string; meta?: unknown }> =
    [];
  auditor.createEvent.mockImplementation(async options => ({
    success: async (o?: { meta?: unknown }) => {
      events.push({
        eventId: options.eventId,
        outcome: 'success',
        meta: o?.meta,
      });
    },
    fail: async (o: { error: Error; meta?: unknown }) => {
      events.push({
        eventId: options.eventId,
        outcome: o.error.name,
        meta: o.meta,
      });
    },
  }));
  const services = {
    httpAuth: mockServices.httpAuth({
      defaultCredentials: mockCredentials.user(),
    }),
    auditor,
    permissions: mockServices.permissions.mock({
      authorize: async requests => requests.map(() => ({ result })),
    }),
  };
  const app = express();
  app.use(jsonBody({ limit: '1kb' }));
  app.post('/things', async (req, res, next) => {
    try {
      const made = await runRoute(
        services,
        req,
        {
          audit: { eventId: 'thing-create', severityLevel: 'medium' },
          permission,
          resultMeta: (thing: { name: string }) => ({ thing: thing.name }),
        },
        async ({ actor, note }) => {
          note({ asked: req.body.name });
          return { name: req.body.name, by: actor };
        },
      );
      res.status(201).json(made);
    } catch (error) {
      next(error);
    }
  });
  app.use(
    (
      error: Error,
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      res
        .status(error instanceof NotAllowedError ? 403 : 400)
        .json({ name: error.name });
    },
  );
  return { app, events };
}

describe('runRoute', () => {
  it('runs the work as the caller and records the outcome in the audit event', async () => {
    const { app, events } = appWith(AuthorizeResult.ALLOW);
    const res = await request(app).post('/things').send({ name: 'a' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ name: 'a', by: 'user:default/mock' });
    expect(events).toEqual([
      {
        eventId: 'thing-create',
        outcome: 'success',
        meta: { asked: 'a', thing: 'a' },
      },
    ]);
  });

  it('audits a denied permission as a failed event, before any work', async () => {
    const { app, events } = appWith(AuthorizeResult.DENY);
    const res = await request(app).post('/things').send({ name: 'a' });
    expect(res.status).toBe(403);
    expect(events).toEqual([
      { eventId: 'thing-create', outcome: 'NotAllowedError', meta: {} },
    ]);
  });

  it('throws a body that could not be read inside the audit event', async () => {
    const { app, events } = appWith(AuthorizeResult.ALLOW);
    const res = await request(app)
      .post('/things')
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ name: 'InputError' });
    expect(events).toEqual([
      { eventId: 'thing-create', outcome: 'InputError', meta: {} },
    ]);
  });
});
