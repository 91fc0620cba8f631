import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import type { IngestBatch } from './events';
import { isoDateTime, name, startNotAfter, typeError } from './schemas';

const STATUS: Record<string, 'SUCCESS' | 'FAILURE' | 'IN_PROGRESS'> = {
  succeeded: 'SUCCESS',
  success: 'SUCCESS',
  healthy: 'SUCCESS',
  synced: 'SUCCESS',
  failed: 'FAILURE',
  failure: 'FAILURE',
  error: 'FAILURE',
  degraded: 'FAILURE',
  running: 'IN_PROGRESS',
  progressing: 'IN_PROGRESS',
};

/**
 * Argo CD's other sync, health and operation states (Argo CD's stock triggers send them, e.g.
 * `on-sync-status-unknown`): they say nothing about a deployment, so they are ignored (202).
 */
const NOT_A_DEPLOYMENT = [
  'outofsync',
  'unknown',
  'suspended',
  'missing',
  'terminating',
];

const argoCdEvent = z
  .object({
    type: z
      .string({ error: typeError('a string', 'is required: sync or rollback') })
      .min(1),
    application: name('the Argo CD application (the project)'),
    status: z
      .string({ error: typeError('a string') })
      .refine(
        s =>
          Object.hasOwn(STATUS, s.toLowerCase()) ||
          NOT_A_DEPLOYMENT.includes(s.toLowerCase()),
        `must be one of ${[...Object.keys(STATUS), ...NOT_A_DEPLOYMENT].join(', ')} (any case)`,
      ),
    revision: z
      .string({
        error: typeError(
          'a string',
          'is required: the revision the operation synced',
        ),
      })
      .min(1, 'must not be empty')
      .max(64),
    timestamp: isoDateTime,
    /** The operation's start (`{{.app.status.operationState.startedAt}}`): tells two syncs of one revision apart. */
    startedAt: isoDateTime.optional(),
    environment: z.string().min(1).max(255).optional(),
  })
  .superRefine(startNotAfter('startedAt', 'timestamp'));

/**
 * The key of one Argo CD operation: every notification about it (Running, then Succeeded, then
 * "deployed" once healthy) carries the same application, revision and operation start, so they
 * update one deployment. Without the operation start (seed 000's payload has none), the
 * application, revision and kind of operation identify it: a re-sync of the same revision updates
 * that deployment.
 */
export function argoCdOperationKey(e: {
  application: string;
  revision: string;
  type: string;
  startedAt?: Date;
}): string {
  const operation = e.startedAt
    ? e.startedAt.toISOString()
    : e.type.toLowerCase();
  return `${e.application}@${e.revision}@${operation}`;
}

/**
 * Seed 000's Argo CD notification: a deployment of an application (= project), keyed by operation;
 * or why it is none (a status that is not a deployment's).
 */
export function parseArgoCd(
  body: unknown,
  defaultEnvironment: string,
): IngestBatch | string {
  const e = parseInput(argoCdEvent, body, 'body');
  const status = STATUS[e.status.toLowerCase()];
  if (!status)
    return `status ${e.status} is not a deployment's (succeeded, failed, running and the like are)`;
  return {
    deployments: [
      {
        source: 'argocd',
        externalId: argoCdOperationKey(e),
        project: e.application,
        environment: e.environment ?? defaultEnvironment,
        status,
        rollback: e.type.toLowerCase() === 'rollback',
        version: e.revision,
        commit: { sha: e.revision },
        triggeredBy: `Argo CD ${e.type}`,
        // A Running notification says when the operation started, if the payload does not.
        startedAt:
          e.startedAt ?? (status === 'IN_PROGRESS' ? e.timestamp : null),
        finishedAt: e.timestamp,
      },
    ],
  };
}
