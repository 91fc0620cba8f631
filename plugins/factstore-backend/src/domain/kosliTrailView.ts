import type { Trail } from '../database/TrailStore';
import { unixSeconds } from './kosliSnapshots';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The trail fields `kosli get trail` prints: `last_modified_at` in unix seconds, and a
 * `git_commit_info` whose sha1, author and message are strings and timestamp a number (the table
 * type-asserts each), whatever the client that began the trail sent.
 */
export function kosliTrailFields(trail: Trail) {
  const sent = trail.extra.git_commit_info as
    Record<string, unknown> | undefined;
  const commit =
    sent && typeof sent === 'object'
      ? {
          ...sent,
          sha1: text(sent.sha1) || (trail.gitCommitSha ?? ''),
          author: text(sent.author) || (trail.gitAuthor ?? ''),
          message: text(sent.message),
          branch: text(sent.branch) || (trail.gitBranch ?? ''),
          timestamp: typeof sent.timestamp === 'number' ? sent.timestamp : 0,
        }
      : undefined;
  return {
    origin_url: trail.originUrl ?? null,
    last_modified_at: unixSeconds(trail.updatedAt),
    ...(commit ? { git_commit_info: commit } : {}),
  };
}
