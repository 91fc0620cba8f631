import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { healthHandler } from '@fawkes/backend-http';
import express from 'express';
import Router from 'express-promise-router';
import type { Knex } from 'knex';
import type { ProviderName } from './providers';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  db: Knex;
  providers: ProviderName[];
}

/** HTTP only: parse and validate, call the domain, answer. */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, db, providers } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/health', healthHandler({ version, check: async () => { await db.raw('select 1'); } }));

  router.get('/extraction/providers', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ providers, total: providers.length });
  });

  return router;
}
