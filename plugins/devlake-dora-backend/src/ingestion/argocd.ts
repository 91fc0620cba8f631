import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import type { IngestBatch } from './events';
import { isoDateTime, name } from './schemas';

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

const argoCdEvent = z.object({
  type: z.string({ error: 'is required: sync or rollback' }).min(1),
  application: name('the Argo CD application (the project)'),
  status: z
    .string({ error: 'is required' })
    .refine(s => s.toLowerCase() in STATUS, `must be one of ${Object.keys(STATUS).join(', ')} (any case)`),
  revision: z.string().max(64).optional(),
  timestamp: isoDateTime,
  environment: z.string().min(1).max(255).optional(),
});

/**
 * Seed 000's Argo CD notification: one deployment of an application (= project), keyed by
 * application, revision and time so a repeated notification is stored once.
 */
export function parseArgoCd(body: unknown, defaultEnvironment: string): IngestBatch {
  const e = parseInput(argoCdEvent, body, 'body');
  return {
    deployments: [
      {
        source: 'argocd',
        externalId: `${e.application}@${e.revision ?? ''}@${e.timestamp.toISOString()}`,
        project: e.application,
        environment: e.environment ?? defaultEnvironment,
        status: STATUS[e.status.toLowerCase()],
        rollback: e.type.toLowerCase() === 'rollback',
        version: e.revision ?? null,
        commit: e.revision ? { sha: e.revision } : null,
        triggeredBy: `Argo CD ${e.type}`,
        finishedAt: e.timestamp,
      },
    ],
  };
}
