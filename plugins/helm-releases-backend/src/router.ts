import type { HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { authorizeOrThrow, healthHandler } from '@fawkes/backend-http';
import type { KubernetesClusters } from '@fawkes/kubernetes-clusters';
import express from 'express';
import Router from 'express-promise-router';
import type { Knex } from 'knex';
import { helmReleaseReadPermission } from './permissions';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  db: Knex;
  clusters: KubernetesClusters;
}

/** HTTP only: parse and validate, call the domain, answer. */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, permissions, db, clusters } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/health', healthHandler({ version, check: async () => { await db.raw('select 1'); } }));

  // The configured clusters replace Porter's per-user kubeconfig contexts.
  router.get('/api/contexts', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user', 'service'] });
    await authorizeOrThrow(permissions, credentials, helmReleaseReadPermission);
    res.json(clusters.list().map(c => ({ name: c.name, cluster: c.name, server: c.url, title: c.title ?? c.name })));
  });

  return router;
}
