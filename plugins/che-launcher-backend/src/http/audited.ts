import type { AuditorService, AuditorServiceCreateEventOptions } from '@backstage/backend-plugin-api';
import type { Request } from 'express';
import { throwUnreadableBody } from './jsonBody';

export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

export interface AuditedRequest {
  /** kebab-case, without the plugin id, e.g. `workspace-create`. */
  eventId: string;
  /** `medium` for changes, `low` for reads, as catalog-backend does. */
  severityLevel: 'low' | 'medium';
  meta?: AuditMeta;
}

/**
 * Runs one request as one Backstage audit event. The event is created before anything is checked,
 * as catalog-backend does, so a refused request (400, 403, 404, 409) ends as a failed event too.
 * `work` adds what it learns to `meta` (owner, namespace, devfile source); the outcome carries it,
 * with `resultMeta` of the result on success and the error on failure.
 */
export async function audited<T>(
  auditor: AuditorService,
  req: Request,
  spec: AuditedRequest,
  work: (meta: AuditMeta) => Promise<T>,
  resultMeta: (result: T) => AuditMeta = () => ({}),
): Promise<T> {
  const meta: AuditMeta = { ...spec.meta };
  const event = await auditor.createEvent({ eventId: spec.eventId, severityLevel: spec.severityLevel, request: req, meta: spec.meta });
  let result: T;
  try {
    throwUnreadableBody(req);
    result = await work(meta);
  } catch (error) {
    await event.fail({ error: error as Error, meta: defined(meta) });
    throw error;
  }
  addMeta(meta, resultMeta(result));
  await event.success({ meta: defined(meta) });
  return result;
}

/** Adds what is known to `meta`: a key without a value leaves what `meta` already says. */
export function addMeta(meta: AuditMeta, more: AuditMeta): void {
  Object.assign(meta, defined(more));
}

/** Drops keys without a value, so events list only what is known. */
function defined(meta: AuditMeta): AuditMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
}
