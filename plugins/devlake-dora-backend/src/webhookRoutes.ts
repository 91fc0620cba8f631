import { InputError, NotFoundError } from '@backstage/errors';
import { throwRefusedInput } from '@fawkes/backend-http';
import type express from 'express';
import type { DeliveryAudit } from './audit/DeliveryAudit';
import type { GroupCommit } from './database/GroupCommit';
import type { IngestionStore } from './database/IngestionStore';
import { deliveryOf, isFormDelivery, nulPath } from './http/webhookBody';
import { parseArgoCd } from './ingestion/argocd';
import {
  devlakeProjectSource,
  devlakeRepository,
  devlakeSource,
  type WebhookConnection,
} from './ingestion/devlake';
import { parseDevLakeDeployment } from './ingestion/devlakeDeployments';
import { parseDevLakeIssue } from './ingestion/devlakeIssues';
import { parseDevLakePullRequest } from './ingestion/devlakePullRequests';
import type { IngestBatch } from './ingestion/events';
import { parseGitHub } from './ingestion/github';
import { parseGitLab } from './ingestion/gitlab';
import { parseJenkins } from './ingestion/jenkins';
import { pagerDutyIgnored, parsePagerDuty } from './ingestion/pagerduty';
import { WebhookConnections } from './ingestion/WebhookConnections';
import type {
  WebhookSource,
  WebhookVerifier,
} from './ingestion/WebhookVerifier';

/** A webhook route's answer: its status and JSON body. */
interface DeliveryAnswer {
  status: number;
  body: object;
}

/** DevLake's webhook plugin routes, under `/plugins/webhook` (apache/incubator-devlake impl.go). */
const BY_ID = ['/connections/:connectionId', '/:connectionId'];
const BY_NAME = ['/connections/by-name/:connectionName'];
/** Paths DevLake's own API docs give for issues by name; kept as aliases of the routes above. */
const BY_NAME_DOCUMENTED = ['/by-name/:connectionName'];
const under = (prefixes: string[], path: string) =>
  prefixes.map(prefix => `/plugins/webhook${prefix}${path}`);

export interface WebhookRouteOptions {
  verifier: WebhookVerifier;
  store: IngestionStore;
  /** Writes deliveries, several to a transaction under load. */
  events: GroupCommit;
  audit: DeliveryAudit;
  connections: WebhookConnection[];
  /** Environment of Argo CD and Jenkins events that name none. */
  defaultEnvironment: string;
}

/** The delivery's JSON, read once by `webhookBody`. */
function json(req: express.Request): unknown {
  const { json: body, raw } = deliveryOf(req);
  if (body === undefined)
    throw new InputError(
      isFormDelivery(req)
        ? 'body: must be a form whose payload field is a JSON document'
        : 'body: must be a JSON document',
    );
  // JSON spells a NUL \u0000; only then is the body walked for it (a form's is URL-encoded).
  const nul =
    raw.includes('\\u0000') || isFormDelivery(req) ? nulPath(body) : undefined;
  if (nul !== undefined)
    throw new InputError(
      `body${nul}: must not contain a NUL character (\\u0000)`,
    );
  return body;
}

/**
 * The webhook routes: open at the Backstage layer, verified by their source's secret over the raw
 * body (read by `webhookBody`, not the JSON parser), audited.
 */
export function addWebhookRoutes(
  router: express.Router,
  options: WebhookRouteOptions,
): void {
  const { verifier, store, events, audit, defaultEnvironment } = options;
  const connections = new WebhookConnections(options.connections);

  /**
   * A route that verifies the delivery before anything reads its body (an unsigned request learns
   * nothing about it) and audits a refusal, then answers.
   */
  function webhook(
    paths: string[],
    source: WebhookSource,
    handle: (req: express.Request) => Promise<DeliveryAnswer>,
  ) {
    router.post(paths, async (req, res) => {
      const { raw, unreadable } = deliveryOf(req);
      if (unreadable) throw unreadable;
      const target = { source, route: req.baseUrl + req.path };
      try {
        verifier.verify(source, req.headers, raw);
      } catch (error) {
        await audit.refused(target, error as Error, req.ip);
        throw error;
      }
      // A query parameter the route does not take, refused by the spec.
      throwRefusedInput(req);
      // A path segment the event store could not compare or hold (PostgreSQL refuses a NUL).
      for (const [param, value] of Object.entries(req.params))
        if (typeof value === 'string' && value.includes('\u0000'))
          throw new InputError(
            `${param}: must not contain a NUL character (%00)`,
          );
      const answer = await handle(req);
      res.status(answer.status).json(answer.body);
    });
  }

  async function ingest(
    batch: IngestBatch | null,
    ignored: string,
  ): Promise<DeliveryAnswer> {
    if (!batch) return { status: 202, body: { ignored } };
    // Answered only once the transaction holding the delivery has committed.
    const stored = await events.ingest(batch);
    return { status: 200, body: { stored: { ...stored } } };
  }

  webhook(['/webhooks/argocd'], 'argocd', req => {
    const batch = parseArgoCd(json(req), defaultEnvironment);
    return typeof batch === 'string' ? ingest(null, batch) : ingest(batch, '');
  });

  webhook(['/webhooks/jenkins'], 'jenkins', req => {
    const batch = parseJenkins(json(req), defaultEnvironment);
    return ingest(
      batch.deployments?.length ? batch : null,
      'the build was aborted or not built: not a deployment',
    );
  });

  webhook(['/webhooks/github'], 'github', async req => {
    const body = json(req);
    const event = req.header('x-github-event');
    if (event === 'ping') return { status: 200, body: { ok: true } };
    const batch = parseGitHub(event, body, new Date());
    return typeof batch === 'string' ? ingest(null, batch) : ingest(batch, '');
  });

  webhook(['/webhooks/gitlab'], 'gitlab', async req => {
    const batch = parseGitLab(
      req.header('x-gitlab-event'),
      json(req),
      new Date(),
    );
    return typeof batch === 'string' ? ingest(null, batch) : ingest(batch, '');
  });

  webhook(['/webhooks/pagerduty'], 'pagerduty', req => {
    const body = json(req);
    return ingest(
      parsePagerDuty(body),
      pagerDutyIgnored(body) ?? 'not an incident event',
    );
  });

  // DevLake's routes: every accepted request is answered 200 (its parsers always give a batch).
  webhook(
    [...under(BY_ID, '/deployments'), ...under(BY_NAME, '/deployments')],
    'devlake',
    req => {
      const body = json(req);
      const conn = connections.find(req.params);
      return ingest(
        parseDevLakeDeployment(body, devlakeSource(conn), conn.project),
        '',
      );
    },
  );

  webhook(
    ['/plugins/webhook/projects/:projectName/deployments'],
    'devlake',
    async req => {
      const body = json(req);
      const project = req.params.projectName;
      // DevLake's limit on a project name (findByProjectName).
      if (project.length > 100)
        throw new InputError('projectName: must be at most 100 characters');
      return ingest(
        parseDevLakeDeployment(body, devlakeProjectSource(project), project),
        '',
      );
    },
  );

  webhook(
    [...under(BY_ID, '/pull_requests'), ...under(BY_NAME, '/pull_requests')],
    'devlake',
    req => {
      const body = json(req);
      const conn = connections.find(req.params);
      return ingest(
        parseDevLakePullRequest(body, devlakeRepository(conn), conn.project),
        '',
      );
    },
  );

  webhook(
    [
      ...under(BY_ID, '/issues'),
      ...under(BY_NAME, '/issues'),
      ...under(BY_NAME_DOCUMENTED, '/issues'),
    ],
    'devlake',
    async req => {
      const body = json(req);
      const conn = connections.find(req.params);
      const batch = parseDevLakeIssue(
        body,
        devlakeSource(conn),
        conn.project,
        new Date(),
      );
      // An explicit link must name a deployment received, not fall back to another silently.
      const ref = batch.incidents?.[0]?.deploymentRef;
      if (ref && !(await store.hasDeployment(conn.project, ref)))
        throw new InputError(
          `body.deploymentId: no deployment ${ref} of project ${conn.project} was received; send the deployment first or leave deploymentId out`,
        );
      return ingest(batch, '');
    },
  );

  const close = [BY_ID, BY_NAME, BY_NAME_DOCUMENTED].flatMap(prefixes =>
    under(prefixes, '/issue/:issueKey/close'),
  );
  webhook(close, 'devlake', async req => {
    const conn = connections.find(req.params);
    const { issueKey } = req.params as { issueKey: string };
    if (!(await store.closeIssue(devlakeSource(conn), issueKey, new Date()))) {
      throw new NotFoundError(
        `issue not found: no issue ${issueKey} from webhook connection ${conn.id}`,
      );
    }
    return { status: 200, body: { closed: issueKey } };
  });
}
