import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';
import type express from 'express';

type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/** A read route's answer, and what its audit event records: the scope that was read. */
export interface ReadAnswer {
  body: unknown;
  audit: AuditMeta;
}

/**
 * A read route in Backstage's audit log at severity low, as the catalog audits its reads. The
 * default auditor logs low at debug, so this costs two filtered logger calls beside the request's
 * database reads; an operator who maps low to info learns who read which project's figures. The
 * request is handed to the auditor for the actor: the backend has already authenticated its
 * Backstage credentials, and they are read from the request's cache.
 */
export function auditedRead(
  auditor: AuditorService,
  eventId: string,
  queryType: string | undefined,
  handle: (req: express.Request) => Promise<ReadAnswer>,
) {
  return async (req: express.Request, res: express.Response) => {
    const event = await auditor.createEvent({
      eventId,
      request: req,
      meta: queryType ? { queryType } : {},
    });
    let answer: ReadAnswer;
    try {
      answer = await handle(req);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
    await event.success({ meta: answer.audit });
    res.json(answer.body);
  };
}
