import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  audited,
  authorizeOrThrow,
  healthHandler,
  parseInput,
  type AuditMeta,
  type AuditNote,
} from '@fawkes/backend-http';
import type { KubernetesClusters } from '@fawkes/kubernetes-clusters';
import { InputError } from '@backstage/errors';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import express from 'express';
import Router from 'express-promise-router';
import type { Knex } from 'knex';
import type { HelmReleases } from './HelmReleases';
import {
  helmReleaseReadPermission,
  helmReleaseRollbackPermission,
  helmReleaseUpgradePermission,
} from './permissions';
import {
  diffQuery,
  listQuery,
  namespacesQuery,
  recoverBody,
  releaseNameParams,
  releaseQuery,
  revisionParams,
  rollbackBody,
  upgradeBody,
} from './schemas';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
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
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    Number(req.headers['content-length'] ?? 0) > 0;
  if (hasBody && !req.is('application/json')) {
    next(
      new InputError(
        `Invalid request body: send it as JSON with Content-Type: application/json (got ${req.headers['content-type'] ?? 'no Content-Type'})`,
      ),
    );
    return;
  }
  next();
};

/**
 * The release a request names, for its audit record: `context` as asked (absent = the default
 * cluster; the cluster used is noted as `cluster`).
 */
const target = (
  q: { context?: string; namespace: string; storage: string },
  releaseName: string,
) => ({
  context: q.context,
  namespace: q.namespace,
  releaseName,
  storage: q.storage,
});

/** HTTP only: parse and validate, call the domain, answer. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, auditor, db, clusters, releases } = options;
  const router = Router();
  router.use(express.json({ limit: '2mb' }));
  // Middleware rather than a `POST *` route, so that it is not mistaken for a route of its own.
  router.use(jsonBodyOnly);

  router.get(
    '/health',
    healthHandler({
      version,
      check: async () => {
        await db.raw('select 1');
      },
    }),
  );

  /** The caller's entity ref, once its permission is checked. */
  const authorize = async (
    req: express.Request,
    permission: BasicPermission,
  ) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await authorizeOrThrow(permissions, credentials, permission);
    const p = credentials.principal as {
      userEntityRef?: string;
      subject?: string;
    };
    return p.userEntityRef ?? p.subject ?? 'unknown';
  };

  // The configured clusters replace Porter's per-user kubeconfig contexts, in Porter's Context
  // shape: every call runs as the cluster's service account, and the one used when a request
  // names no context is the selected one.
  router.get('/api/contexts', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    res.json(
      clusters.list().map((c, i) => ({
        name: c.name,
        server: c.url,
        cluster: c.name,
        user: 'serviceAccount',
        selected: i === 0,
        title: c.title ?? c.name,
      })),
    );
  });

  router.get('/api/k8s/namespaces', async (req, res) => {
    await authorize(req, helmReleaseReadPermission);
    const query = parseInput(namespacesQuery, req.query, 'query');
    res.json(await releases.namespaces(query.context));
  });

  /**
   * Reads of release records are audited at severity `low`, as catalog-backend audits its entity
   * reads: the records carry user values, which often hold secrets, so who read which release is
   * worth a trail; `low` maps to the debug log level by default, so it adds nothing to the logs until an
   * operator raises it. Contexts and namespaces carry no release data and are not audited.
   */
  const fetched = <T>(
    req: express.Request,
    meta: AuditMeta,
    work: (note: AuditNote) => Promise<T>,
  ) =>
    audited(
      auditor,
      req,
      { eventId: 'release-fetch', severityLevel: 'low', meta },
      async note => {
        await authorize(req, helmReleaseReadPermission);
        return work(note);
      },
    );

  router.get('/api/releases', async (req, res) => {
    const q = parseInput(listQuery, req.query, 'query');
    const meta = {
      queryType: 'list',
      context: q.context,
      namespace: q.namespace,
      storage: q.storage,
    };
    const { value, undecodable } = await fetched(req, meta, note =>
      releases.list(
        q,
        {
          namespace: q.namespace,
          statuses: q.statusFilter,
          byDate: q.byDate,
          limit: q.limit,
          skip: q.skip,
          summary: q.summary,
        },
        note,
      ),
    );
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  router.get('/api/releases/:name/history', async (req, res) => {
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    const { value, undecodable } = await fetched(
      req,
      { queryType: 'history', ...target(q, name) },
      note => releases.history(q, q.namespace, name, note),
    );
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  router.get('/api/releases/:name/diff', async (req, res) => {
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const q = parseInput(diffQuery, req.query, 'query');
    const meta = {
      queryType: 'diff',
      ...target(q, name),
      from: q.from,
      to: q.to,
    };
    const { value, undecodable } = await fetched(req, meta, note =>
      releases.diff(q, q.namespace, name, { from: q.from, to: q.to }, note),
    );
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  router.get('/api/releases/:name/operations', async (req, res) => {
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    res.json(
      await fetched(
        req,
        { queryType: 'operations', ...target(q, name) },
        async note => releases.operationsOf(q, q.namespace, name, note),
      ),
    );
  });

  router.get('/api/releases/:name/:revision', async (req, res) => {
    const { name, revision } = parseInput(revisionParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    const meta = { queryType: 'revision', ...target(q, name), revision };
    const { value, undecodable } = await fetched(req, meta, note =>
      releases.revision(q, q.namespace, name, revision, note),
    );
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  // Every change is an audit event. Rollback and a real upgrade are `high`: they replace what runs
  // on the cluster (objects applied and deleted, hook Jobs run). Recover only rewrites the status
  // of one stored record, and a dry run changes nothing: `medium`. The values of an upgrade never
  // enter the meta: they may hold secrets.
  router.post('/api/releases/:name/rollback', async (req, res) => {
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(rollbackBody, req.body ?? {}, 'body');
    const meta = {
      ...target(body, name),
      targetRevision: body.revision,
      disableHooks: body.disableHooks,
    };
    res.json(
      await audited(
        auditor,
        req,
        { eventId: 'release-rollback', severityLevel: 'high', meta },
        async note => {
          const actor = await authorize(req, helmReleaseRollbackPermission);
          return releases.rollback(
            body,
            {
              namespace: body.namespace,
              name,
              revision: body.revision,
              disableHooks: body.disableHooks,
            },
            actor,
            note,
          );
        },
      ),
    );
  });

  router.post('/api/releases/:name/recover', async (req, res) => {
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(recoverBody, req.body ?? {}, 'body');
    res.json(
      await audited(
        auditor,
        req,
        {
          eventId: 'release-recover',
          severityLevel: 'medium',
          meta: target(body, name),
        },
        async note => {
          const actor = await authorize(req, helmReleaseRollbackPermission);
          return releases.recover(
            body,
            { namespace: body.namespace, name },
            actor,
            note,
          );
        },
      ),
    );
  });

  router.post('/api/releases/:name/upgrade', async (req, res) => {
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(upgradeBody, req.body ?? {}, 'body');
    const spec = {
      eventId: 'release-upgrade',
      severityLevel: body.dryRun ? 'medium' : 'high',
      meta: { ...target(body, name), dryRun: body.dryRun },
    } as const;
    res.json(
      await audited(auditor, req, spec, async note => {
        const actor = await authorize(req, helmReleaseUpgradePermission);
        return releases.upgrade(
          body,
          {
            namespace: body.namespace,
            name,
            values: body.values,
            dryRun: body.dryRun,
          },
          actor,
          note,
        );
      }),
    );
  });

  return router;
}
