import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import { optionalDate, requiredDate, requiredText, text } from './devlake';
import { startNotAfter } from './schemas';
import type { DeploymentEvent, IngestBatch } from './events';

/** DevLake's deployment environments (`validate:"omitempty,oneof=..."`, case-sensitive). */
export const DEVLAKE_ENVIRONMENTS = [
  'PRODUCTION',
  'STAGING',
  'TESTING',
  'DEVELOPMENT',
] as const;

/** DevLake's WebhookDeploymentCommitReq. */
const deploymentCommit = z
  .object({
    repoUrl: requiredText(),
    commitSha: requiredText(64),
    startedDate: requiredDate,
    finishedDate: requiredDate,
    displayTitle: text(),
    repoId: text(),
    name: text(),
    refName: text(),
    commitMsg: text(),
    result: text(),
    status: text(),
    createdDate: optionalDate,
  })
  .superRefine(startNotAfter('startedDate', 'finishedDate'));

/** DevLake's WebhookDeploymentReq. */
const deploymentRequest = z
  .object({
    id: requiredText(255),
    startedDate: requiredDate,
    finishedDate: requiredDate,
    createdDate: optionalDate,
    environment: z.preprocess(
      v => (v === '' ? undefined : v),
      z
        .enum(DEVLAKE_ENVIRONMENTS, {
          error: `must be one of ${DEVLAKE_ENVIRONMENTS.join(', ')}`,
        })
        .optional(),
    ),
    originalEnvironment: text(),
    result: text(),
    displayTitle: text(),
    name: text(),
    url: text(),
    // DevLake: `omitempty,dive` on the list, then "deployment_commits is empty" when there is none.
    deploymentCommits: z.preprocess(
      v => v ?? [],
      z
        .array(deploymentCommit, { error: 'must be a list of commits' })
        .min(1, 'must not be empty: list the commits this deployment shipped'),
    ),
  })
  .superRefine(startNotAfter('startedDate', 'finishedDate'));

/**
 * DevLake stores `result` as sent (default SUCCESS) and its DORA queries compare it with
 * `'SUCCESS'` in a binary collation: only exactly SUCCESS is a successful deployment and
 * exactly FAILURE a failed one; any other text is kept as OTHER, counted by no metric.
 */
export function devlakeResult(
  result: string | undefined,
): DeploymentEvent['status'] {
  if (!result || result === 'SUCCESS') return 'SUCCESS';
  return result === 'FAILURE' ? 'FAILURE' : 'OTHER';
}

/** A DevLake webhook deployment, keyed by its `id` within the source (connection or project). */
export function parseDevLakeDeployment(
  body: unknown,
  source: string,
  project: string,
): IngestBatch {
  const d = parseInput(deploymentRequest, body, 'body');
  const commits = d.deploymentCommits;
  const first = commits[0];
  return {
    deployments: [
      {
        source,
        externalId: d.id,
        project,
        environment: d.environment ?? 'PRODUCTION',
        status: devlakeResult(d.result),
        version: first.refName || null,
        commit: { sha: first.commitSha, message: first.commitMsg || null },
        triggeredBy: d.displayTitle || d.name || 'DevLake webhook',
        url: d.url || null,
        startedAt: d.startedDate,
        finishedAt: d.finishedDate,
        commits: commits.map(c => ({
          sha: c.commitSha,
          repoUrl: c.repoUrl,
          message: c.commitMsg || null,
        })),
      },
    ],
  };
}
