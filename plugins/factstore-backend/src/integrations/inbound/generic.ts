import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import { attestationTypeSchema } from '../../domain/attestationType';
import { shaPattern, type ParsedDelivery } from './inboundEvent';

/**
 * OpenFactstore's generic webhook payload (its GenericWebhookPayload), for CI systems without a
 * webhook of their own: a pipeline step posts it, signed like GitHub's. `flowName` (this plugin's)
 * names the flow in org `default` when `?flowId=` does not.
 */
const genericPayload = z.object({
  eventType: z.string().min(1).max(64),
  gitCommitSha: z
    .string({ message: 'is required: the commit the trail is about' })
    .transform(s => s.toLowerCase())
    .pipe(z.string().regex(shaPattern, 'must be a 40-character commit sha')),
  gitBranch: z.string().max(255).optional(),
  gitAuthor: z.string().max(255).optional(),
  gitAuthorEmail: z.string().max(255).optional(),
  attestationType: attestationTypeSchema.optional(),
  attestationStatus: z
    .enum(['PASSED', 'FAILED'], { message: 'must be PASSED or FAILED' })
    .optional(),
  details: z.string().max(4000).optional(),
  flowName: z.string().min(1).max(255).optional(),
});

/** OpenFactstore's event types that record an attestation, with the type and status they give. */
const ATTESTING: Record<string, { type: string; status: 'PASSED' | 'FAILED' }> =
  {
    'build.succeeded': { type: 'BUILD', status: 'PASSED' },
    'build.failed': { type: 'BUILD', status: 'FAILED' },
    'test.passed': { type: 'TEST', status: 'PASSED' },
    'test.failed': { type: 'TEST', status: 'FAILED' },
    'scan.passed': { type: 'SECURITY_SCAN', status: 'PASSED' },
    'scan.failed': { type: 'SECURITY_SCAN', status: 'FAILED' },
  };
/** Event types that open (or find) the commit's trail and record nothing else here. */
const TRAIL_ONLY = [
  'build.started',
  'deployment.triggered',
  'approval.granted',
];

/**
 * A generic delivery as OpenFactstore reads it: an attestation type and status given together
 * are recorded as they are; else `build.*`, `test.*` and `scan.*` events give BUILD, TEST and
 * SECURITY_SCAN attestations; `build.started`, `deployment.triggered` and `approval.granted`
 * open the commit's trail; any other event records nothing.
 */
export function parseGeneric(body: unknown): ParsedDelivery {
  const p = parseInput(genericPayload, body, 'body');
  const explicit =
    p.attestationType && p.attestationStatus
      ? { type: p.attestationType, status: p.attestationStatus }
      : undefined;
  const attesting = explicit ?? ATTESTING[p.eventType];
  if (!attesting && !TRAIL_ONLY.includes(p.eventType))
    return {
      eventType: p.eventType,
      ignored: `event ${p.eventType} records nothing: build.*, test.*, scan.*, deployment.triggered and approval.granted do, or an attestationType with an attestationStatus`,
    };
  const trail = {
    gitCommitSha: p.gitCommitSha,
    gitBranch: p.gitBranch,
    gitAuthor: p.gitAuthor,
    gitAuthorEmail: p.gitAuthorEmail,
  };
  const flowName = p.flowName ?? '';
  if (!attesting) return { eventType: p.eventType, flowName, trail };
  return {
    eventType: p.eventType,
    flowName,
    trail,
    attestation: {
      type: attesting.type,
      name: attesting.type,
      status: attesting.status,
      description: p.details ?? `${p.eventType} (generic webhook)`,
      metadata: { source: 'generic', eventType: p.eventType },
    },
  };
}
