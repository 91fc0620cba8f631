import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import { optionalDate, requiredDate, requiredText, text } from './devlake';
import { startNotAfter } from './schemas';
import type { IngestBatch } from './events';

const STATUSES = ['TODO', 'DONE', 'IN_PROGRESS'] as const;

/** DevLake's WebhookIssueRequest (the fields this plugin keeps, and the validated ones). */
const issueRequest = z
  .object({
    issueKey: requiredText(255),
    title: requiredText(),
    originalStatus: requiredText(),
    createdDate: requiredDate,
    // `validate:"oneof=TODO DONE IN_PROGRESS"` without omitempty: required too.
    status: z.enum(STATUSES, {
      error: `must be one of ${STATUSES.join(', ')}`,
    }),
    type: text(),
    resolutionDate: optionalDate,
    updatedDate: optionalDate,
    url: text(),
    /** Not in DevLake: the id of the deployment that caused the incident (explicit link). */
    deploymentId: text(255),
  })
  .superRefine(startNotAfter('createdDate', 'resolutionDate'));

/**
 * A DevLake webhook issue. Every issue is stored (as DevLake does, so a later close finds it); an
 * issue of type exactly `INCIDENT` (DevLake's IsIncident) is also an incident, the only kind the
 * metrics read.
 */
export function parseDevLakeIssue(
  body: unknown,
  source: string,
  project: string,
  receivedAt: Date,
): IngestBatch {
  const i = parseInput(issueRequest, body, 'body');
  const done = i.status === 'DONE';
  const resolvedAt = done ? (i.resolutionDate ?? receivedAt) : null;
  const issue = {
    source,
    externalId: i.issueKey,
    project,
    type: i.type || null,
    title: i.title,
    status: i.status,
    url: i.url || null,
    createdAt: i.createdDate,
    resolvedAt,
    resolvedOnReceipt: done && !i.resolutionDate,
  };
  if (i.type !== 'INCIDENT') return { issues: [issue] };
  return {
    issues: [issue],
    incidents: [
      { ...issue, deploymentRef: i.deploymentId || null, replaces: true },
    ],
  };
}
