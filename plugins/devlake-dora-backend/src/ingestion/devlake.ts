import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import type { IngestBatch } from './events';
import { isoDateTime } from './schemas';

/** A DevLake webhook connection: what `:connectionId` or `by-name/:name` designate, and its project. */
export interface WebhookConnection {
  id: number;
  name: string;
  project: string;
}

const RESULT: Record<string, 'SUCCESS' | 'FAILURE'> = { SUCCESS: 'SUCCESS', FAILURE: 'FAILURE', FAILED: 'FAILURE' };

/** DevLake's WebhookDeploymentReq (camelCase). */
const deploymentRequest = z.object({
  id: z.string({ error: 'is required: the deployment id' }).min(1, 'must not be empty').max(255),
  displayTitle: z.string().optional(),
  result: z
    .string()
    .transform(s => s.toUpperCase())
    .refine(s => s in RESULT, 'must be SUCCESS or FAILURE')
    .optional(),
  environment: z.string().min(1).max(255).optional(),
  name: z.string().optional(),
  url: z.string().max(1024).optional(),
  createdDate: isoDateTime.optional(),
  startedDate: isoDateTime.optional(),
  finishedDate: isoDateTime.optional(),
  deploymentCommits: z
    .array(
      z.object({
        repoUrl: z.string({ error: 'is required' }).min(1, 'must not be empty').max(1024),
        commitSha: z.string({ error: 'is required' }).min(1, 'must not be empty').max(64),
        commitMsg: z.string().optional(),
        refName: z.string().optional(),
        displayTitle: z.string().optional(),
        result: z.string().optional(),
        startedDate: isoDateTime.optional(),
        finishedDate: isoDateTime.optional(),
      }),
      { error: 'is required: the commits this deployment shipped' },
    )
    .min(1, 'must not be empty: list the commits this deployment shipped'),
});

/** DevLake's WebhookIssueRequest; only issues of type INCIDENT feed the metrics. */
const issueRequest = z.object({
  issueKey: z.string({ error: 'is required' }).min(1, 'must not be empty').max(255),
  title: z.string({ error: 'is required' }).min(1, 'must not be empty'),
  originalStatus: z.string({ error: 'is required' }).min(1, 'must not be empty'),
  createdDate: isoDateTime,
  status: z.enum(['TODO', 'IN_PROGRESS', 'DONE'], { error: 'must be TODO, IN_PROGRESS or DONE' }).optional(),
  type: z.string().optional(),
  resolutionDate: isoDateTime.nullable().optional(),
  url: z.string().max(1024).optional(),
  /** Not in DevLake: the id of the deployment that caused the incident (explicit link). */
  deploymentId: z.string().max(255).optional(),
});

/** Deployments and incidents from one connection are keyed within that connection. */
export const devlakeSource = (connection: WebhookConnection) => `devlake:${connection.id}`;

export function parseDevLakeDeployment(body: unknown, connection: WebhookConnection, receivedAt: Date): IngestBatch {
  const d = parseInput(deploymentRequest, body, 'body');
  const first = d.deploymentCommits[0];
  const finishedAt = d.finishedDate ?? d.deploymentCommits.find(c => c.finishedDate)?.finishedDate ?? receivedAt;
  return {
    deployments: [
      {
        source: devlakeSource(connection),
        externalId: d.id,
        project: connection.project,
        environment: d.environment ?? 'PRODUCTION',
        status: RESULT[d.result ?? 'SUCCESS'],
        version: first.refName ?? null,
        commit: { sha: first.commitSha, message: first.commitMsg ?? null },
        triggeredBy: d.displayTitle ?? d.name ?? 'DevLake webhook',
        url: d.url ?? null,
        startedAt: d.startedDate ?? d.createdDate ?? null,
        finishedAt,
        commits: d.deploymentCommits.map(c => ({ sha: c.commitSha, repoUrl: c.repoUrl, message: c.commitMsg ?? null })),
      },
    ],
  };
}

export function parseDevLakeIssue(body: unknown, connection: WebhookConnection, receivedAt: Date): IngestBatch | null {
  const i = parseInput(issueRequest, body, 'body');
  if ((i.type ?? '').toUpperCase() !== 'INCIDENT') return null;
  const status = i.status ?? (i.resolutionDate ? 'DONE' : 'TODO');
  return {
    incidents: [
      {
        source: devlakeSource(connection),
        externalId: i.issueKey,
        project: connection.project,
        title: i.title,
        status,
        url: i.url ?? null,
        deploymentRef: i.deploymentId ?? null,
        createdAt: i.createdDate,
        resolvedAt: status === 'DONE' ? i.resolutionDate ?? receivedAt : null,
      },
    ],
  };
}
