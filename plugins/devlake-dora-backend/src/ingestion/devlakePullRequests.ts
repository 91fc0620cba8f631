import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import { optionalDate, requiredDate, requiredText, text } from './devlake';
import { startNotAfter } from './schemas';
import type { IngestBatch } from './events';

const STATUSES = ['OPEN', 'CLOSED', 'MERGED'] as const;

/** DevLake's WebhookPullRequestReq (the fields this plugin keeps, and the validated ones). */
const pullRequestRequest = z
  .object({
    id: requiredText(255),
    displayTitle: requiredText(),
    // `int` with `validate:"required"`: a whole number other than 0 (text digits decode too).
    pullRequestKey: z.preprocess(
      v => (typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v),
      z
        .number({
          error: (issue: { input?: unknown }) =>
            issue.input === undefined
              ? 'is required'
              : 'must be a whole number',
        })
        .int('must be a whole number')
        .refine(n => n !== 0, 'is required (must not be 0)')
        // the column is a 32-bit integer, on every database alike
        .refine(
          n => n >= -2147483648 && n <= 2147483647,
          'must be between -2147483648 and 2147483647',
        ),
    ),
    createdDate: requiredDate,
    status: z.preprocess(
      v => (v === '' ? undefined : v),
      z
        .enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` })
        .optional(),
    ),
    mergedDate: optionalDate,
    closedDate: optionalDate,
    mergeCommitSha: text(),
    url: text(),
  })
  .superRefine(startNotAfter('createdDate', 'mergedDate'));

/**
 * A DevLake webhook pull request of a connection (DevLake's base repo `webhook:<connectionId>`).
 * Only a merged one (with `mergedDate`) feeds the lead time breakdown, so only those are stored.
 */
export function parseDevLakePullRequest(
  body: unknown,
  repository: string,
  project: string,
): IngestBatch {
  const pr = parseInput(pullRequestRequest, body, 'body');
  if (!pr.mergedDate) return {};
  return {
    pullRequests: [
      {
        project,
        repository,
        number: pr.pullRequestKey,
        title: pr.displayTitle,
        mergeCommitSha: pr.mergeCommitSha || null,
        createdAt: pr.createdDate,
        mergedAt: pr.mergedDate,
      },
    ],
  };
}
