import type { HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { authorizeOrThrow, healthHandler, parseInput } from '@fawkes/backend-http';
import type { KubernetesClusters } from '@fawkes/kubernetes-clusters';
import { InputError } from '@backstage/errors';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import express from 'express';
import Router from 'express-promise-router';
import type { Knex } from 'knex';
import type { HelmReleases } from './HelmReleases';
import { helmReleaseReadPermission, helmReleaseRollbackPermission, helmReleaseUpgradePermission } from './permissions';
import { diffQuery, listQuery, namespacesQuery, recoverBody, releaseNameParams, releaseQuery, revisionParams, rollbackBody, upgradeBody } from './schemas';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  db: Knex;
  clusters: KubernetesClusters;
  releases: HelmReleases;
}

/** Storage records that could not be decoded are counted here instead of failing the request. */
const UNDECODABLE_HEADER = 'X-Helm-Undecodable';

/**
 * A body the JSON parser left unread (sent as another Content-Type) would otherwise be ignored,
 * and a rollback would act on the defaults (namespace `default`, the previous revision).
 */
const jsonBodyOnly: express.RequestHandler = (req, _res, next) => {
  if (req.method !== 'POST') {
    next();
    return;
  }
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (hasBody && !req.is('application/json')) {
    next(new InputError(`Invalid request body: send it as JSON with Content-Type: application/json (got ${req.headers['content-type'] ?? 'no Content-Type'})`));
    return;
  }
  next();
};

/** HTTP only: parse and validate, call the domain, answer. */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, permissions, db, clusters, releases } = options;
  const router = Router();
  router.use(express.json({ limit: '2mb' }));
  // Middleware rather than a `POST *` route, so that it is not mistaken for a route of its own.
  router.use(jsonBodyOnly);

  router.get('/health', healthHandler({ version, check: async () => { await db.raw('select 1'); } }));

  /** The caller's entity ref, once its permission is checked. */
  const authorize = async (req: express.Request, permission: BasicPermission) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user', 'service'] });
    await authorizeOrThrow(permissions, credentials, permission);
    const p = credentials.principal as { userEntityRef?: string; subject?: string };
    return p.userEntityRef ?? p.subject ?? 'unknown';
  };

  // The configured clusters replace Porter's per-user kubeconfig contexts, in Porter's Context
  // shape: every call runs as the cluster's service account, and the one used when a request
  // names no context is the selected one.
  router.get('/api/contexts', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    res.json(
      clusters.list().map((c, i) => ({ name: c.name, server: c.url, cluster: c.name, user: 'serviceAccount', selected: i === 0, title: c.title ?? c.name })),
    );
  });

  router.get('/api/k8s/namespaces', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    const query = parseInput(namespacesQuery, req.query, 'query');
    res.json(await releases.namespaces(query.context));
  });

  router.get('/api/releases', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    const q = parseInput(listQuery, req.query, 'query');
    const { value, undecodable } = await releases.list(q, {
      namespace: q.namespace, statuses: q.statusFilter, byDate: q.byDate, limit: q.limit, skip: q.skip, summary: q.summary,
    });
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  router.get('/api/releases/:name/history', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    const { value, undecodable } = await releases.history(q, q.namespace, name);
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  router.get('/api/releases/:name/diff', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const q = parseInput(diffQuery, req.query, 'query');
    const { value, undecodable } = await releases.diff(q, q.namespace, name, { from: q.from, to: q.to });
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  router.get('/api/releases/:name/operations', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    res.json(await releases.operationsOf(q, q.namespace, name));
  });

  router.get('/api/releases/:name/:revision', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    const { name, revision } = parseInput(revisionParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    const { value, undecodable } = await releases.revision(q, q.namespace, name, revision);
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  router.post('/api/releases/:name/rollback', async (req, res) => {
    const actor = await authorize(req, helmReleaseRollbackPermission);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(rollbackBody, req.body ?? {}, 'body');
    res.json(await releases.rollback(body, { namespace: body.namespace, name, revision: body.revision, disableHooks: body.disableHooks }, actor));
  });

  router.post('/api/releases/:name/recover', async (req, res) => {
    const actor = await authorize(req, helmReleaseRollbackPermission);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(recoverBody, req.body ?? {}, 'body');
    res.json(await releases.recover(body, { namespace: body.namespace, name }, actor));
  });

  router.post('/api/releases/:name/upgrade', async (req, res) => {
    const actor = await authorize(req, helmReleaseUpgradePermission);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(upgradeBody, req.body ?? {}, 'body');
    res.json(await releases.upgrade(body, { namespace: body.namespace, name, values: body.values, dryRun: body.dryRun }, actor));
  });

  return router;
}
