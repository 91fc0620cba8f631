import type { HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { authorizeOrThrow, healthHandler, parseInput } from '@fawkes/backend-http';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import type { DeploymentStore } from './database/DeploymentStore';
import { devlakeMetricsReadPermission } from './permissions';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  deployments: DeploymentStore;
}

const deploymentHistoryQuery = z.object({
  service: z.string({ error: 'is required: the service (project) name' }).min(1, 'must not be empty'),
  environment: z.string().min(1).optional(),
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(20),
});

/** HTTP only: parse and validate, call the stores, answer. */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, permissions, deployments } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/health', healthHandler({ version, check: () => deployments.ping() }));

  router.get('/deployment-history', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(deploymentHistoryQuery, req.query, 'query');
    await authorizeOrThrow(permissions, credentials, devlakeMetricsReadPermission);
    const { deployments: list, total } = await deployments.history(query);
    res.json({ service: query.service, deployments: list, total });
  });

  return router;
}
