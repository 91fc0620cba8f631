import {
  deferSpecViolations,
  healthHandler,
  jsonBody,
} from '@fawkes/backend-http';
import type express from 'express';
import { version } from '../package.json';
import type { RouteContext } from './http/context';
import { kosliErrorMessages } from './http/kosliErrors';
import { refuseUnreadableOrUnstorableInput } from './http/storableInput';
import { keepUnreadableBody } from './http/unreadableBody';
import { approvalRoutes } from './routes/approvals';
import { assertRoutes } from './routes/assert';
import { auditRoutes } from './routes/audit';
import { environmentRoutes } from './routes/environments';
import { flowRoutes } from './routes/flows';
import { gateRoutes } from './routes/gate';
import { kosliRoutes } from './routes/kosli';
import { kosliApprovalRoutes } from './routes/kosliApprovals';
import { kosliArtifactRoutes } from './routes/kosliArtifacts';
import { kosliAttestationTypeRoutes } from './routes/kosliAttestationTypes';
import { kosliEnvironmentRoutes } from './routes/kosliEnvironments';
import { kosliFlowRoutes } from './routes/kosliFlows';
import { kosliSaasRoutes } from './routes/kosliSaas';
import { securityScanRoutes } from './routes/securityScans';
import { ledgerRoutes } from './routes/ledger';
import { notificationRoutes } from './routes/notifications';
import { opaRoutes } from './routes/opa';
import { policyRoutes } from './routes/policies';
import { pullRequestAttestationRoutes } from './routes/pullRequestAttestation';
import { reportRoutes } from './routes/reports';
import { trailRoutes } from './routes/trails';
import { createOpenApiRouter } from './schema/openapi.generated';

export type RouterOptions = RouteContext;

/**
 * HTTP only: the router is built from the OpenAPI spec; each route module parses and validates,
 * calls the stores and the domain, answers.
 */
export async function createRouter(
  ctx: RouterOptions,
): Promise<express.Router> {
  const router = await createOpenApiRouter({
    // strict: false, as the Kosli CLI sends `null` for a PUT without a payload (archive).
    middleware: [jsonBody({ limit: '5mb', strict: false }), keepUnreadableBody],
    // Multipart bodies (evidence, OPA bundles, the Kosli CLI's forms) are streamed by the routes.
    validatorOptions: { fileUploader: false },
  });
  router.use(deferSpecViolations());
  router.use(refuseUnreadableOrUnstorableInput);
  router.use(['/api/v2', '/ready'], kosliErrorMessages);

  router.get(
    '/health',
    healthHandler({ version, check: () => ctx.store.flows.ping() }),
  );

  // The route modules parse their input themselves: their messages are the contract.
  flowRoutes(router, ctx);
  trailRoutes(router, ctx);
  pullRequestAttestationRoutes(router, ctx);
  assertRoutes(router, ctx);
  // Before the attestation route, whose type parameter would refuse `system` as a 400.
  kosliSaasRoutes(router, ctx);
  kosliRoutes(router, ctx);
  kosliFlowRoutes(router, ctx);
  kosliArtifactRoutes(router, ctx);
  kosliAttestationTypeRoutes(router, ctx);
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
  reportRoutes(router, ctx);
  notificationRoutes(router, ctx);

  return router;
}
