import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import type { GroupCommit } from './database/GroupCommit';
import type { IngestionStore } from './database/IngestionStore';
import { parseArgoCd } from './ingestion/argocd';
import { devlakeProjectSource, devlakeRepository, devlakeSource, type WebhookConnection } from './ingestion/devlake';
import { parseDevLakeDeployment } from './ingestion/devlakeDeployments';
import { parseDevLakeIssue } from './ingestion/devlakeIssues';
import { parseDevLakePullRequest } from './ingestion/devlakePullRequests';
import type { IngestBatch } from './ingestion/events';
import { parseGitHub } from './ingestion/github';
import { parseJenkins } from './ingestion/jenkins';
import { pagerDutyIgnored, parsePagerDuty } from './ingestion/pagerduty';
import { WebhookConnections } from './ingestion/WebhookConnections';
import type { WebhookSource, WebhookVerifier } from './ingestion/WebhookVerifier';

/** DevLake's webhook plugin routes, under `/plugins/webhook` (apache/incubator-devlake impl.go). */
const BY_ID = ['/connections/:connectionId', '/:connectionId'];
const BY_NAME = ['/connections/by-name/:connectionName'];
/** Paths DevLake's own API docs give for issues by name; kept as aliases of the routes above. */
const BY_NAME_DOCUMENTED = ['/by-name/:connectionName'];
const under = (prefixes: string[], path: string) => prefixes.map(prefix => `/plugins/webhook${prefix}${path}`);

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
  const { verifier, store, events, defaultEnvironment } = options;
  const connections = new WebhookConnections(options.connections);
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
    await answer(res, parsePagerDuty(body), pagerDutyIgnored(body) ?? 'not an incident event');
  });

  // DevLake's routes: every accepted request is answered 200 (its parsers always give a batch).
  router.post([...under(BY_ID, '/deployments'), ...under(BY_NAME, '/deployments')], async (req, res) => {
    const body = verifiedJson('devlake', req);
    const conn = connections.find(req.params);
    await answer(res, parseDevLakeDeployment(body, devlakeSource(conn), conn.project), '');
  });

  router.post('/plugins/webhook/projects/:projectName/deployments', async (req, res) => {
    const body = verifiedJson('devlake', req);
    const project = req.params.projectName;
    // DevLake's limit on a project name (findByProjectName).
    if (project.length > 100) throw new InputError('projectName: must be at most 100 characters');
    await answer(res, parseDevLakeDeployment(body, devlakeProjectSource(project), project), '');
  });

  router.post([...under(BY_ID, '/pull_requests'), ...under(BY_NAME, '/pull_requests')], async (req, res) => {
    const body = verifiedJson('devlake', req);
    const conn = connections.find(req.params);
    await answer(res, parseDevLakePullRequest(body, devlakeRepository(conn), conn.project), '');
  });

  router.post([...under(BY_ID, '/issues'), ...under(BY_NAME, '/issues'), ...under(BY_NAME_DOCUMENTED, '/issues')], async (req, res) => {
    const body = verifiedJson('devlake', req);
    const conn = connections.find(req.params);
    await answer(res, parseDevLakeIssue(body, devlakeSource(conn), conn.project, new Date()), '');
  });

  const close = [BY_ID, BY_NAME, BY_NAME_DOCUMENTED].flatMap(prefixes => under(prefixes, '/issue/:issueKey/close'));
  router.post(close, async (req, res) => {
    verified('devlake', req);
    const conn = connections.find(req.params);
    const { issueKey } = req.params as { issueKey: string };
    if (!(await store.closeIssue(devlakeSource(conn), issueKey, new Date()))) {
      throw new NotFoundError(`issue not found: no issue ${issueKey} from webhook connection ${conn.id}`);
    }
    res.status(200).json({ closed: issueKey });
  });

  return router;
}
