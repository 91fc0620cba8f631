import type { AuditorService } from '@backstage/backend-plugin-api';
import {
  audited as auditedEvent,
  type AuditMeta,
  type AuditNote,
  type AuditSpec,
} from '@fawkes/backend-http';
import type { Request } from 'express';
import { throwUnreadableBody } from './jsonBody';

/**
 * One request as one Backstage audit event (`audited` of @fawkes/backend-http), with a body that
 * could not be read refused inside the event, and `resultMeta` of the result noted on success.
 */
export function audited<T>(
  auditor: AuditorService,
  req: Request,
  spec: AuditSpec,
  work: (note: AuditNote) => Promise<T>,
  resultMeta: (result: T) => AuditMeta = () => ({}),
): Promise<T> {
  return auditedEvent(auditor, req, spec, async note => {
    throwUnreadableBody(req);
    const result = await work(note);
    note(resultMeta(result));
    return result;
  });
}
