import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
  AuditorServiceEventSeverityLevel,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';

/** What an audit event records beside its id and severity. */
export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/** Adds what a request has learned (the cluster used, the revision written...) to its event's outcome. */
export type AuditNote = (facts: AuditMeta) => void;

export interface AuditSpec {
  /** kebab-case, without the plugin id, e.g. `release-rollback`. */
  eventId: string;
  severityLevel: AuditorServiceEventSeverityLevel;
  /** What the request asks for, on every record of the event. */
  meta?: AuditMeta;
}

/** Drops keys without a value, so events list only what is known. */
const defined = (meta: AuditMeta): AuditMeta =>
  Object.fromEntries(
    Object.entries(meta).filter(([, value]) => value !== undefined),
  );

/**
 * Runs one request as one event of the backend's auditor, as catalog-backend does: created before
 * anything is checked, so a refusal (400, 403, 404, 409...) ends as a failed event like any
 * failure. What `work` notes is kept for the outcome, also when it fails later (a failed rollback
 * still names the revision it wrote).
 */
export async function audited<T>(
  auditor: AuditorService,
  req: Request<any, any, any, any>,
  spec: AuditSpec,
  work: (note: AuditNote) => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId: spec.eventId,
    severityLevel: spec.severityLevel,
    request: req,
    meta: spec.meta && defined(spec.meta),
  });
  let learned: AuditMeta = {};
  const note: AuditNote = facts => {
    learned = { ...learned, ...defined(facts) };
  };
  let result: T;
  try {
    result = await work(note);
  } catch (error) {
    await event.fail({ error: error as Error, meta: learned });
    throw error;
  }
  await event.success({ meta: learned });
  return result;
}
