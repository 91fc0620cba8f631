import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { healthHandler } from '@fawkes/backend-http';
import express from 'express';
import Router from 'express-promise-router';
import type { FlowStore } from './database/FlowStore';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  flows: FlowStore;
}

/** HTTP only: parse and validate, call the stores, answer. */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, flows } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/health', healthHandler({ version, check: () => flows.ping() }));

  router.get('/api/v1/flows', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await flows.list());
  });

  return router;
}
