import { z } from 'zod';

/** A pull (GitHub) or merge (GitLab) request as a verdict reads it. */
export interface PullRequestFacts {
  number: number;
  url: string | null;
  state: 'OPEN' | 'MERGED' | 'CLOSED';
  author: string | null;
  /** Who approved it, the author left out (approving one's own change proves nothing). */
  approvers: string[];
  mergedAt: string | null;
  headSha: string | null;
  mergeCommitSha: string | null;
}

const login = z.object({ login: z.string() }).nullish();
const username = z.object({ username: z.string() }).nullish();

/**
 * GitHub's REST `pulls` object, with the PR's `reviews` (GET …/pulls/{n}/reviews) beside it: the
 * latest review of each reviewer counts, so a later CHANGES_REQUESTED withdraws an approval.
 */
const githubPullRequest = z.object({
  number: z.number().int(),
  html_url: z.string().optional(),
  state: z.enum(['open', 'closed']),
  merged_at: z.string().nullish(),
  merged: z.boolean().optional(),
  merge_commit_sha: z.string().nullish(),
  user: login,
  head: z.object({ sha: z.string() }).partial().optional(),
  reviews: z
    .array(
      z.object({
        user: login,
        state: z.string(),
        submitted_at: z.string().optional(),
      }),
    )
    .default([]),
});

/**
 * GitLab's merge request (the REST object, or a webhook's `object_attributes`), with
 * `approved_by` from GET …/merge_requests/{iid}/approvals.
 */
const gitlabMergeRequest = z.object({
  iid: z.number().int(),
  web_url: z.string().optional(),
  url: z.string().optional(),
  last_commit: z.object({ id: z.string() }).partial().optional(),
  state: z.enum(['opened', 'merged', 'closed', 'locked']),
  merged_at: z.string().nullish(),
  merge_commit_sha: z.string().nullish(),
  sha: z.string().nullish(),
  author: username,
  approved_by: z.array(z.object({ user: username })).default([]),
});

export const PULL_REQUEST_PROVIDERS = ['GITHUB', 'GITLAB'] as const;
export type PullRequestProvider = (typeof PULL_REQUEST_PROVIDERS)[number];

export const pullRequestSchemas = {
  GITHUB: githubPullRequest,
  GITLAB: gitlabMergeRequest,
};

const withoutAuthor = (
  names: Array<string | undefined>,
  author: string | null,
) => [...new Set(names.filter((n): n is string => !!n && n !== author))].sort();

function stateOf(merged: boolean, open: boolean): PullRequestFacts['state'] {
  if (merged) return 'MERGED';
  return open ? 'OPEN' : 'CLOSED';
}

export function fromGithub(
  pr: z.output<typeof githubPullRequest>,
): PullRequestFacts {
  const author = pr.user?.login ?? null;
  const latestByReviewer = new Map<string, string>();
  for (const review of pr.reviews)
    if (review.user && review.state !== 'COMMENTED')
      latestByReviewer.set(review.user.login, review.state);
  const merged = pr.merged === true || !!pr.merged_at;
  return {
    number: pr.number,
    url: pr.html_url ?? null,
    state: stateOf(merged, pr.state === 'open'),
    author,
    approvers: withoutAuthor(
      [...latestByReviewer].filter(([, s]) => s === 'APPROVED').map(([u]) => u),
      author,
    ),
    mergedAt: pr.merged_at ?? null,
    headSha: pr.head?.sha ?? null,
    mergeCommitSha: pr.merge_commit_sha ?? null,
  };
}

export function fromGitlab(
  mr: z.output<typeof gitlabMergeRequest>,
): PullRequestFacts {
  const author = mr.author?.username ?? null;
  return {
    number: mr.iid,
    url: mr.web_url ?? mr.url ?? null,
    state: stateOf(mr.state === 'merged', mr.state === 'opened'),
    author,
    approvers: withoutAuthor(
      mr.approved_by.map(a => a.user?.username),
      author,
    ),
    mergedAt: mr.merged_at ?? null,
    headSha: mr.sha ?? mr.last_commit?.id ?? null,
    mergeCommitSha: mr.merge_commit_sha ?? null,
  };
}

/**
 * PASSED when a pull request that is open or merged (a closed, unmerged one proves no review of
 * what ships) has at least `minApprovals` approvers besides its author; the reason names each.
 */
export function pullRequestFactsVerdict(
  provider: PullRequestProvider,
  commitSha: string,
  pullRequests: PullRequestFacts[],
  minApprovals: number,
): { status: 'PASSED' | 'FAILED'; reason: string } {
  if (pullRequests.length === 0)
    return {
      status: 'FAILED',
      reason: `pull-request: no ${provider} pull request was found for commit ${commitSha}`,
    };
  const describe = (pr: PullRequestFacts) =>
    `#${pr.number} ${pr.state.toLowerCase()}, ${pr.approvers.length} approval${pr.approvers.length === 1 ? '' : 's'}${pr.approvers.length ? ` (${pr.approvers.join(', ')})` : ''}`;
  const reviewed = pullRequests.filter(
    pr => pr.state !== 'CLOSED' && pr.approvers.length >= minApprovals,
  );
  return {
    status: reviewed.length > 0 ? 'PASSED' : 'FAILED',
    reason: `pull-request: ${pullRequests.map(describe).join('; ')}; ${
      reviewed.length > 0
        ? `reviewed`
        : `none open or merged with ${minApprovals} approval${minApprovals === 1 ? '' : 's'} besides its author`
    }`,
  };
}
