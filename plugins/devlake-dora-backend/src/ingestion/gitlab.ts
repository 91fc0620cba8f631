import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import { isCalendarDay } from '../metrics/calendar';
import type { IngestBatch } from './events';
import { plausible, pushedCommits } from './schemas';

/**
 * A GitLab webhook time: ISO 8601 (`2013-12-03T17:23:34Z`) or the form its hooks also send,
 * `2021-04-28 21:50:00 +0200` or `2021-04-28 21:50:00 UTC`.
 */
const gitlabTime = z
  .string({ error: 'must be a GitLab date-time string' })
  .transform((v, ctx) => {
    const m =
      /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?(Z|UTC|[+-]\d{2}:?\d{2})$/i.exec(
        v.trim(),
      );
    const zone =
      m &&
      (/^(z|utc)$/i.test(m[3])
        ? 'Z'
        : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2'));
    const date =
      m && isCalendarDay(m[1]) ? new Date(`${m[1]}T${m[2]}${zone}`) : undefined;
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must be a date-time with a zone, e.g. 2026-11-01T10:00:00Z or 2026-11-01 10:00:00 +0200',
      });
      return z.NEVER;
    }
    return date;
  })
  .superRefine(plausible);

const project = z.object({
  name: z.string().min(1).max(255),
  path_with_namespace: z.string().max(255).optional(),
  default_branch: z.string().nullable().optional(),
});

const deployment = z.object({
  deployment_id: z.number().int().nonnegative(),
  status: z.string(),
  status_changed_at: gitlabTime,
  environment: z.string().min(1).max(255),
  project,
  commit_url: z.string().optional(),
  commit_title: z.string().nullable().optional(),
  deployable_url: z.string().max(1024).nullable().optional(),
  ref: z.string().nullable().optional(),
  user: z.object({ username: z.string().optional() }).partial().optional(),
});

const push = z.object({
  ref: z.string(),
  after: z.string().optional(),
  project,
  commits: pushedCommits(gitlabTime),
});

const mergeRequest = z.object({
  project,
  object_attributes: z.object({
    iid: z.number().int().positive().max(2147483647),
    title: z.string().optional(),
    state: z.string(),
    action: z.string().optional(),
    created_at: gitlabTime,
    updated_at: gitlabTime.optional(),
    merged_at: gitlabTime.nullable().optional(),
    merge_commit_sha: z.string().max(64).nullable().optional(),
  }),
});

/**
 * GitLab's deployment statuses. A canceled (or skipped) one finished without an outcome: OTHER,
 * which no metric counts, so it does not stay in progress.
 */
const STATUS: Record<string, 'SUCCESS' | 'FAILURE' | 'IN_PROGRESS' | 'OTHER'> =
  {
    success: 'SUCCESS',
    failed: 'FAILURE',
    canceled: 'OTHER',
    skipped: 'OTHER',
    created: 'IN_PROGRESS',
    running: 'IN_PROGRESS',
  };

/**
 * The full sha of a deployment, from its commit URL's last segment: a short sha would never meet
 * the pushed commit it abbreviates, so without a full one the deployment names no commit.
 */
const deployedSha = (e: z.infer<typeof deployment>) =>
  /\/commit\/([0-9a-f]{40}(?:[0-9a-f]{24})?)$/i.exec(e.commit_url ?? '')?.[1] ??
  null;

/**
 * The GitLab events the metrics use (X-Gitlab-Event, else the body's object_kind); the project is
 * the GitLab project's name, as GitHub's is the repository's. A string: why the event is ignored.
 * The push's commits landed when it was received (GitLab's push hook carries no push time).
 */
export function parseGitLab(
  event: string | undefined,
  body: unknown,
  receivedAt: Date,
): IngestBatch | string {
  const kind =
    event ??
    (body && typeof body === 'object'
      ? String((body as { object_kind?: unknown }).object_kind ?? '')
      : '');
  switch (
    kind
      .toLowerCase()
      .replace(/ hook$/, '')
      .replace(/ /g, '_')
  ) {
    case 'deployment': {
      const e = parseInput(deployment, body, 'body');
      const status = STATUS[e.status.toLowerCase()];
      if (!status)
        return `deployment status ${e.status} is not one the metrics read (${Object.keys(STATUS).join(', ')})`;
      const sha = deployedSha(e);
      return {
        deployments: [
          {
            source: 'gitlab',
            externalId: String(e.deployment_id),
            project: e.project.name,
            environment: e.environment,
            status,
            rollback: false,
            version: e.ref ?? null,
            commit: sha ? { sha, message: e.commit_title ?? null } : undefined,
            triggeredBy: e.user?.username ?? null,
            url: e.deployable_url ?? null,
            startedAt: status === 'IN_PROGRESS' ? e.status_changed_at : null,
            finishedAt: e.status_changed_at,
          },
        ],
      };
    }
    case 'push': {
      const e = parseInput(push, body, 'body');
      const branch = e.project.default_branch;
      if (e.after && /^0+$/.test(e.after))
        return `a push deleting ${e.ref}: no commits landed`;
      if (!branch)
        return 'a push whose project names no default_branch: commits count once they reach it';
      if (e.ref !== `refs/heads/${branch}`)
        return `a push to ${e.ref}: commits count once they reach the default branch refs/heads/${branch}`;
      return {
        commits: e.commits.map(c => ({
          project: e.project.name,
          sha: c.id,
          committedAt: c.timestamp,
          landedAt: receivedAt,
          message: c.message ?? null,
          author: c.author?.email ?? c.author?.name ?? null,
        })),
      };
    }
    case 'merge_request': {
      const e = parseInput(mergeRequest, body, 'body');
      const mr = e.object_attributes;
      if (mr.state !== 'merged')
        return `merge request !${mr.iid} is ${mr.state}: only merged merge requests feed the metrics`;
      // The merge event's update is the merge (GitLab's hook has no merged_at before 16.x); a
      // later edit of a merged request (action update) says nothing about when it was merged.
      const mergedAt =
        mr.merged_at ?? (mr.action === 'merge' ? mr.updated_at : undefined);
      if (!mergedAt)
        return `merge request !${mr.iid} is merged but the event (action ${mr.action ?? 'none'}) says not when: the merge event (action merge) or merged_at does`;
      return {
        pullRequests: [
          {
            project: e.project.name,
            repository: e.project.path_with_namespace ?? e.project.name,
            number: mr.iid,
            title: mr.title ?? null,
            mergeCommitSha: mr.merge_commit_sha ?? null,
            createdAt: mr.created_at,
            mergedAt,
          },
        ],
      };
    }
    default:
      return `GitLab event ${kind || '(no X-Gitlab-Event)'} does not feed the metrics (deployments, pushes to the default branch and merged merge requests do)`;
  }
}
