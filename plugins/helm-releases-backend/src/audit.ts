import type { AuditorService, AuditorServiceEventSeverityLevel } from '@backstage/backend-plugin-api';
import type { Request } from 'express';

export type AuditMeta = NonNullable<Parameters<AuditorService['createEvent']>[0]['meta']>;

export interface AuditSpec {
  eventId: string;
  severityLevel: AuditorServiceEventSeverityLevel;
  /** What the request asks for (release, namespace, revision...), on every record of the event. */
  meta: AuditMeta;
}

/** Absent parameters are left out of the record rather than logged as undefined. */
const defined = (meta: AuditMeta): AuditMeta => Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));

/**
 * Runs one request as one event of the backend's auditor: `initiated` with what was asked, then
 * `succeeded`, or `failed` with the error for a refusal (403, 404, 409...) as for any failure.
 * `note` adds what the work learns (the cluster used, the revision written, its status) to the
 * final record; what was noted before a failure is kept, so a failed rollback names its revision.
 */
export async function audited<T>(auditor: AuditorService, req: Request, spec: AuditSpec, work: (note: (facts: AuditMeta) => void) => Promise<T>): Promise<T> {
  const event = await auditor.createEvent({ eventId: spec.eventId, severityLevel: spec.severityLevel, request: req, meta: defined(spec.meta) });
  let learned: AuditMeta = {};
  const note = (facts: AuditMeta) => {
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
