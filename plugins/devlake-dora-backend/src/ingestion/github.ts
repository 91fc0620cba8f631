import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import { LATEST_TIME } from '../metrics/calendar';
import type { IngestBatch } from './events';
import { isoDateTime, pushedCommits } from './schemas';

const repository = z.object({
  name: z.string().min(1).max(255),
  full_name: z.string().min(1).max(255),
  default_branch: z.string().optional(),
  master_branch: z.string().optional(),
  /** Push events give epoch seconds, other events an ISO string. */
  pushed_at: z
    .union([
      z
        .number()
        .nonnegative()
        .max(LATEST_TIME / 1000, 'must be epoch seconds up to the year 9999'),
      z.string(),
      z.null(),
    ])
    .optional(),
});

const push = z.object({
  ref: z.string(),
  deleted: z.boolean().optional(),
  repository,
  commits: pushedCommits(isoDateTime),
});

const pullRequest = z.object({
  action: z.string(),
  repository,
  pull_request: z.object({
    number: z
      .number()
      .int()
      .positive()
      .max(2147483647, 'must be at most 2147483647'),
    title: z.string().optional(),
    created_at: isoDateTime,
    merged_at: isoDateTime.nullable().optional(),
    merge_commit_sha: z.string().nullable().optional(),
  }),
});

const deployment = z.object({
  id: z.number().int(),
  sha: z.string().max(64),
  ref: z.string().optional(),
  task: z.string().optional(),
  environment: z.string().min(1).max(255),
  description: z.string().nullable().optional(),
  creator: z.object({ login: z.string() }).nullable().optional(),
  created_at: isoDateTime,
});

const deploymentCreated = z.object({ repository, deployment });
const deploymentStatus = z.object({
  repository,
  deployment,
  deployment_status: z.object({
    state: z.string(),
    created_at: isoDateTime,
    environment: z.string().optional(),
  }),
});

const STATE: Record<string, 'SUCCESS' | 'FAILURE' | 'IN_PROGRESS'> = {
  success: 'SUCCESS',
  failure: 'FAILURE',
  error: 'FAILURE',
  pending: 'IN_PROGRESS',
  queued: 'IN_PROGRESS',
  in_progress: 'IN_PROGRESS',
};

const landedAt = (pushedAt: unknown, receivedAt: Date) => {
  if (typeof pushedAt === 'number') return new Date(pushedAt * 1000);
  const text = isoDateTime.safeParse(pushedAt);
  return text.success ? text.data : receivedAt;
};

/** The GitHub events the metrics use; the project is the repository name. A string: why the event is ignored. */
export function parseGitHub(
  event: string | undefined,
  body: unknown,
  receivedAt: Date,
): IngestBatch | string {
  switch (event) {
    case 'push': {
      const e = parseInput(push, body, 'body');
      const branch = e.repository.default_branch ?? e.repository.master_branch;
      // Changes count once they reach the deployable branch.
      if (e.deleted) return `a push deleting ${e.ref}: no commits landed`;
      if (!branch)
        return 'a push whose repository names no default_branch: commits count once they reach it';
      if (e.ref !== `refs/heads/${branch}`)
        return `a push to ${e.ref}: commits count once they reach the default branch refs/heads/${branch}`;
      const at = landedAt(e.repository.pushed_at, receivedAt);
      return {
        commits: e.commits.map(c => ({
          project: e.repository.name,
          sha: c.id,
          committedAt: c.timestamp,
          landedAt: at,
          message: c.message ?? null,
          author: c.author?.email ?? c.author?.name ?? null,
        })),
      };
    }
    case 'pull_request': {
      const e = parseInput(pullRequest, body, 'body');
      const merged = e.pull_request.merged_at;
      if (e.action !== 'closed')
        return `pull request #${e.pull_request.number} was ${e.action}: only merged pull requests feed the metrics`;
      if (!merged)
        return `pull request #${e.pull_request.number} was closed without being merged: only merged pull requests feed the metrics`;
      return {
        pullRequests: [
          {
            project: e.repository.name,
            repository: e.repository.full_name,
            number: e.pull_request.number,
            title: e.pull_request.title ?? null,
            mergeCommitSha: e.pull_request.merge_commit_sha ?? null,
            createdAt: e.pull_request.created_at,
            mergedAt: merged,
          },
        ],
      };
    }
    case 'deployment': {
      const e = parseInput(deploymentCreated, body, 'body');
      return {
        deployments: [
          toDeployment(
            e.repository.name,
            e.deployment,
            'IN_PROGRESS',
            e.deployment.created_at,
          ),
        ],
      };
    }
    case 'deployment_status': {
      const e = parseInput(deploymentStatus, body, 'body');
      const name = e.deployment_status.state.toLowerCase();
      if (!Object.hasOwn(STATE, name))
        return `deployment status ${e.deployment_status.state} is not one the metrics read (${Object.keys(STATE).join(', ')})`;
      const state = STATE[name];
      return {
        deployments: [
          toDeployment(
            e.repository.name,
            e.deployment,
            state,
            e.deployment_status.created_at,
          ),
        ],
      };
    }
    default:
      return `GitHub event ${event ?? '(no X-GitHub-Event)'} does not feed the metrics`;
  }
}

function toDeployment(
  project: string,
  d: z.infer<typeof deployment>,
  status: 'SUCCESS' | 'FAILURE' | 'IN_PROGRESS',
  finishedAt: Date,
) {
  return {
    source: 'github',
    externalId: String(d.id),
    project,
    environment: d.environment,
    status,
    rollback: /rollback/i.test(d.task ?? ''),
    version: d.ref ?? null,
    commit: { sha: d.sha, message: d.description ?? null },
    triggeredBy: d.creator?.login ?? null,
    startedAt: d.created_at,
    finishedAt,
  };
}
