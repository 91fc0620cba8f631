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
import { replacedIdentityRoutes } from './routes/replacedIdentityRoutes';
import { securityScanRoutes } from './routes/securityScans';
import { ledgerRoutes } from './routes/ledger';
import { notificationRoutes } from './routes/notifications';
import { opaRoutes } from './routes/opa';
import { policyRoutes } from './routes/policies';
import { pullRequestAttestationRoutes } from './routes/pullRequestAttestation';
import { reportRoutes } from './routes/reports';
import { trailRoutes } from './routes/trails';
import { createOpenApiRouter } from './schema/openapi.generated';
import { signedBody } from './http/signedBody';
import type { IntegrationContext } from './integrations/Integrations';
import { slackRoutes } from './routes/slack';
import { vaultEvidenceRoutes } from './routes/vaultEvidence';
import { atlassianRoutes } from './routes/atlassian';
import { webhookRoutes } from './routes/webhooks';
// Provenance, frameworks and compliance (seed 002).
import { ConfigReader } from '@backstage/config';
import { readProvenanceSettings } from './domain/provenance/provenanceSettings';
import type { VerifyOptions } from './domain/provenance/verifyProvenance';
import { complianceRoutes } from './routes/compliance';
import { frameworkRoutes } from './routes/frameworks';
import { provenanceRoutes } from './routes/provenance';

export type RouterOptions = RouteContext &
  IntegrationContext & {
    /** How provenance is verified; the defaults of `factstore.provenance` when absent. */
    provenance?: VerifyOptions;
  };

/**
 * HTTP only: the router is built from the OpenAPI spec; each route module parses and validates,
 * calls the stores and the domain, answers.
 */
export async function createRouter(
  ctx: RouterOptions,
): Promise<express.Router> {
  const router = await createOpenApiRouter({
    // strict: false, as the Kosli CLI sends `null` for a PUT without a payload (archive).
    middleware: [
      signedBody('5mb'),
      jsonBody({ limit: '5mb', strict: false }),
      keepUnreadableBody,
    ],
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
  replacedIdentityRoutes(router, ctx);
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
  provenanceRoutes(
    router,
    ctx,
    ctx.provenance ?? readProvenanceSettings(new ConfigReader({})),
  );
  frameworkRoutes(router, ctx);
  complianceRoutes(router, ctx);
  webhookRoutes(router, ctx);
  slackRoutes(router, ctx);
  vaultEvidenceRoutes(router, ctx);
  atlassianRoutes(router, ctx);

  return router;
}
