import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import type { DeploymentEvent, IngestBatch } from './events';
import { isoDateTime, isoOrEpochMillis, name } from './schemas';

const RESULT: Record<string, DeploymentEvent['status'] | 'ABORTED'> = {
  SUCCESS: 'SUCCESS',
  FAILURE: 'FAILURE',
  UNSTABLE: 'FAILURE',
  ABORTED: 'ABORTED',
  NOT_BUILT: 'ABORTED',
};
const status = z
  .string()
  .transform(s => s.toUpperCase())
  .refine(
    s => Object.hasOwn(RESULT, s),
    `must be one of ${Object.keys(RESULT).join(', ')}`,
  );

/** A build's duration is bounded so that its end stays a date every store can hold. */
const MAX_DURATION_MS = 100 * 365.25 * 24 * 3_600_000;

/** The short form of seed 000's DevLake section. */
const shortEvent = z.object({
  job: name('the Jenkins job (the project)'),
  build: z.number({ error: 'must be the build number' }).int().nonnegative(),
  status,
  commit: z.string().max(64).optional(),
  timestamp: isoDateTime,
  environment: z.string().min(1).max(255).optional(),
});

/** The Jenkins Notification plugin's form of seed 000's Jenkins section. */
const notification = z.object({
  name: name('the Jenkins job (the project)'),
  environment: z.string().min(1).max(255).optional(),
  build: z.object({
    number: z.number({ error: 'must be the build number' }).int().nonnegative(),
    phase: z.string().optional(),
    status: status.optional(),
    url: z.string().optional(),
    full_url: z.string().optional(),
    timestamp: isoOrEpochMillis,
    duration: z
      .number()
      .nonnegative()
      .max(
        MAX_DURATION_MS,
        `must be at most ${MAX_DURATION_MS} (a century, in milliseconds)`,
      )
      .optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    scm: z
      .object({
        commit: z.string().max(64).optional(),
        branch: z.string().optional(),
        url: z.string().optional(),
      })
      .optional(),
  }),
});

const envParameter = (parameters?: Record<string, unknown>) => {
  const value =
    parameters?.ENVIRONMENT ?? parameters?.ENV ?? parameters?.DEPLOY_ENV;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

/** A Jenkins build reported as a deployment, keyed by job and build number. */
export function parseJenkins(
  body: unknown,
  defaultEnvironment: string,
): IngestBatch {
  const isShort = typeof body === 'object' && body !== null && 'job' in body;
  if (isShort) {
    const e = parseInput(shortEvent, body, 'body');
    const result = RESULT[e.status];
    if (result === 'ABORTED') return {};
    return {
      deployments: [
        {
          source: 'jenkins',
          externalId: `${e.job}#${e.build}`,
          project: e.job,
          environment: e.environment ?? defaultEnvironment,
          status: result,
          version: `#${e.build}`,
          commit: e.commit ? { sha: e.commit } : null,
          triggeredBy: 'Jenkins',
          finishedAt: e.timestamp,
        },
      ],
    };
  }
  const e = parseInput(notification, body, 'body');
  const finished = ['COMPLETED', 'FINALIZED'].includes(
    (e.build.phase ?? 'COMPLETED').toUpperCase(),
  );
  const result = finished ? RESULT[e.build.status ?? 'SUCCESS'] : 'IN_PROGRESS';
  if (result === 'ABORTED') return {};
  const startedAt = e.build.timestamp;
  return {
    deployments: [
      {
        source: 'jenkins',
        externalId: `${e.name}#${e.build.number}`,
        project: e.name,
        environment:
          e.environment ??
          envParameter(e.build.parameters) ??
          defaultEnvironment,
        status: result,
        version: `#${e.build.number}`,
        commit: e.build.scm?.commit ? { sha: e.build.scm.commit } : null,
        triggeredBy: 'Jenkins',
        url: e.build.full_url ?? e.build.url ?? null,
        startedAt,
        finishedAt: new Date(startedAt.getTime() + (e.build.duration ?? 0)),
      },
    ],
  };
}
