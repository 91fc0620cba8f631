import { healthHandler } from '@fawkes/backend-http';
import express from 'express';
import Router from 'express-promise-router';
import { version } from '../package.json';
import type { RouteContext } from './http/context';
import { kosliErrorMessages } from './http/kosliErrors';
import { refuseUnstorableInput } from './http/storableInput';
import { approvalRoutes } from './routes/approvals';
import { assertRoutes } from './routes/assert';
import { auditRoutes } from './routes/audit';
import { environmentRoutes } from './routes/environments';
import { flowRoutes } from './routes/flows';
import { gateRoutes } from './routes/gate';
import { kosliRoutes } from './routes/kosli';
import { kosliApprovalRoutes } from './routes/kosliApprovals';
import { kosliArtifactRoutes } from './routes/kosliArtifacts';
import { kosliEnvironmentRoutes } from './routes/kosliEnvironments';
import { kosliFlowRoutes } from './routes/kosliFlows';
import { kosliSaasRoutes } from './routes/kosliSaas';
import { securityScanRoutes } from './routes/securityScans';
import { ledgerRoutes } from './routes/ledger';
import { opaRoutes } from './routes/opa';
import { policyRoutes } from './routes/policies';
import { trailRoutes } from './routes/trails';

export type RouterOptions = RouteContext;

/** HTTP only: each route module parses and validates, calls the stores and the domain, answers. */
export async function createRouter(
  ctx: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '5mb' }));
  router.use(refuseUnstorableInput);
  router.use(['/api/v2', '/ready'], kosliErrorMessages);

  router.get(
    '/health',
    healthHandler({ version, check: () => ctx.store.flows.ping() }),
  );

  flowRoutes(router, ctx);
  trailRoutes(router, ctx);
  assertRoutes(router, ctx);
  // Before the attestation route, whose type parameter would refuse `system` as a 400.
  kosliSaasRoutes(router, ctx);
  kosliRoutes(router, ctx);
  kosliFlowRoutes(router, ctx);
  kosliArtifactRoutes(router, ctx);
  kosliApprovalRoutes(router, ctx);
  kosliEnvironmentRoutes(router, ctx);
  environmentRoutes(router, ctx);
  approvalRoutes(router, ctx);
  gateRoutes(router, ctx);
  auditRoutes(router, ctx);
  securityScanRoutes(router, ctx);
  ledgerRoutes(router, ctx);
  policyRoutes(router, ctx);
  opaRoutes(router, ctx);

  return router;
}
