import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import type { GroupCommit } from './database/GroupCommit';
import type { IngestionStore } from './database/IngestionStore';
import { parseArgoCd } from './ingestion/argocd';
import { devlakeSource, parseDevLakeDeployment, parseDevLakeIssue, type WebhookConnection } from './ingestion/devlake';
import type { IngestBatch } from './ingestion/events';
import { parseGitHub } from './ingestion/github';
import { parseJenkins } from './ingestion/jenkins';
import { parsePagerDuty } from './ingestion/pagerduty';
import type { WebhookSource, WebhookVerifier } from './ingestion/WebhookVerifier';

export interface WebhookRouterOptions {
  verifier: WebhookVerifier;
  store: IngestionStore;
  /** Writes deliveries, several to a transaction under load. */
  events: GroupCommit;
  logger: LoggerService;
  connections: WebhookConnection[];
  /** Environment of Argo CD and Jenkins events that name none. */
  defaultEnvironment: string;
}

/**
 * The webhook routes: open at the Backstage layer, verified by their source's secret over the raw
 * body (so they parse it themselves instead of the router-wide JSON parser).
 */
export function createWebhookRouter(options: WebhookRouterOptions): express.Router {
  const { verifier, store, events, connections, defaultEnvironment } = options;
  const router = Router();
  router.use(['/webhooks', '/plugins/webhook'], express.raw({ type: () => true, limit: '5mb' }));

  /** Verifies the delivery, then parses its JSON: an unsigned request learns nothing about the body. */
  function verified(source: WebhookSource, req: express.Request): Buffer {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    verifier.verify(source, req.headers, raw);
    return raw;
  }

  function verifiedJson(source: WebhookSource, req: express.Request): unknown {
    const raw = verified(source, req);
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      throw new InputError('body: must be a JSON document');
    }
  }

  async function answer(res: express.Response, batch: IngestBatch | null, ignored: string) {
    if (!batch) {
      res.status(202).json({ ignored });
      return;
    }
    // Answered only once the transaction holding the delivery has committed.
    res.status(200).json({ stored: await events.ingest(batch) });
  }

  function connection(by: { id?: string; name?: string }): WebhookConnection {
    const found = by.name !== undefined ? connections.find(c => c.name === by.name) : connections.find(c => String(c.id) === by.id);
    if (!found) {
      const known = connections.map(c => `${c.id} (${c.name})`).join(', ') || 'none';
      throw new NotFoundError(`webhook connection ${by.name ?? by.id} is not configured in devlake.connections; known: ${known}`);
    }
    return found;
  }

  router.post('/webhooks/argocd', async (req, res) => {
    const body = verifiedJson('argocd', req);
    await answer(res, parseArgoCd(body, defaultEnvironment), '');
  });

  router.post('/webhooks/jenkins', async (req, res) => {
    const body = verifiedJson('jenkins', req);
    const batch = parseJenkins(body, defaultEnvironment);
    await answer(res, batch.deployments?.length ? batch : null, 'the build was aborted or not built: not a deployment');
  });

  router.post('/webhooks/github', async (req, res) => {
    const body = verifiedJson('github', req);
    const event = req.header('x-github-event');
    if (event === 'ping') {
      res.status(200).json({ ok: true });
      return;
    }
    await answer(res, parseGitHub(event, body, new Date()), `GitHub event ${event ?? '(no X-GitHub-Event)'} does not feed the metrics`);
  });

  router.post('/webhooks/pagerduty', async (req, res) => {
    const body = verifiedJson('pagerduty', req);
    await answer(res, parsePagerDuty(body), 'not an incident event');
  });

  const deployments = async (req: express.Request, res: express.Response, by: { id?: string; name?: string }) => {
    const body = verifiedJson('devlake', req);
    const conn = connection(by);
    await answer(res, parseDevLakeDeployment(body, conn, new Date()), '');
  };
  router.post('/plugins/webhook/connections/by-name/:connectionName/deployments', (req, res) => deployments(req, res, { name: req.params.connectionName }));
  router.post('/plugins/webhook/connections/:connectionId/deployments', (req, res) => deployments(req, res, { id: req.params.connectionId }));

  const issues = async (req: express.Request, res: express.Response, by: { id?: string; name?: string }) => {
    const body = verifiedJson('devlake', req);
    const conn = connection(by);
    await answer(res, parseDevLakeIssue(body, conn, new Date()), 'only issues of type INCIDENT feed the metrics');
  };
  router.post('/plugins/webhook/by-name/:connectionName/issues', (req, res) => issues(req, res, { name: req.params.connectionName }));
  router.post('/plugins/webhook/:connectionId/issues', (req, res) => issues(req, res, { id: req.params.connectionId }));

  router.post('/plugins/webhook/:connectionId/issue/:issueKey/close', async (req, res) => {
    verified('devlake', req);
    const conn = connection({ id: req.params.connectionId });
    if (!(await store.resolveIncident(devlakeSource(conn), req.params.issueKey, new Date()))) {
      throw new NotFoundError(`no incident ${req.params.issueKey} from webhook connection ${conn.id}`);
    }
    res.status(200).json({ closed: req.params.issueKey });
  });

  return router;
}
