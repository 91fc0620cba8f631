import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  deferSpecViolations,
  healthHandler,
  jsonBody,
  methodNotAllowed,
  parseInput,
  runRoute,
  throwUnreadableBody,
  type AuditMeta,
  type RouteCall,
} from '@fawkes/backend-http';
import type { KubernetesClusters } from '@fawkes/kubernetes-clusters';
import { InputError } from '@backstage/errors';
import type express from 'express';
import type { Knex } from 'knex';
import type { HelmReleases } from './HelmReleases';
import {
  helmReleaseReadPermission,
  helmReleaseRollbackPermission,
  helmReleaseUpgradePermission,
} from '@fawkes/plugin-helm-releases-common';
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
import { streamJsonArray } from './http/streamJsonArray';
import type { ReleasePermissions } from './permissions/ReleasePermissions';
import { createOpenApiRouter, spec } from './schema/openapi.generated';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  db: Knex;
  clusters: KubernetesClusters;
  releases: HelmReleases;
  releasePermissions: ReleasePermissions;
}

/** Storage records that could not be decoded are counted here instead of failing the request. */
const UNDECODABLE_HEADER = 'X-Helm-Undecodable';
/** Lists of more releases are streamed, each decoded as it is sent (the count then comes as a trailer). */
const STREAM_ABOVE = 100;

/**
 * A body the JSON parser left unread (sent as another Content-Type) would otherwise be ignored,
 * and a rollback would act on the defaults (namespace `default`, the previous revision). Checked
 * by each POST route before it parses, so this message wins over the spec validator's 415; so is
 * a JSON body that could not be read (malformed, too large), which would read as no fields.
 */
function requireJsonBody(req: express.Request) {
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    Number(req.headers['content-length'] ?? 0) > 0;
  if (hasBody && !req.is('application/json')) {
    throw new InputError(
      `Invalid request body: send it as JSON with Content-Type: application/json (got ${req.headers['content-type'] ?? 'no Content-Type'})`,
    );
  }
  throwUnreadableBody(req);
}

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

/** HTTP only: each route parses what it means, calls the domain, answers. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    permissions,
    auditor,
    db,
    clusters,
    releases,
    releasePermissions,
  } = options;
  const services = { httpAuth, permissions, auditor };
  const router = await createOpenApiRouter({
    middleware: [jsonBody({ limit: '2mb' })],
    // Porter's Go server ignores query parameters it does not know; so does this plugin.
    validatorOptions: {
      validateRequests: {
        coerceTypes: false,
        allowUnknownQueryParameters: true,
      },
    },
  });
  // Each route parses its input itself first, with the messages the plugin has always given; the
  // spec is no stricter, so what it refuses is only thrown when the route's parsing let it pass.
  router.use(deferSpecViolations());
  router.use(methodNotAllowed(spec, httpAuth));

  router.get(
    '/health',
    healthHandler({
      version,
      check: async () => {
        await db.raw('select 1');
      },
    }),
  );

  // The configured clusters replace Porter's per-user kubeconfig contexts, in Porter's Context
  // shape: every call runs as the cluster's service account, and the one used when a request
  // names no context is the selected one.
  router.get('/api/contexts', async (req, res) => {
    res.json(
      await runRoute(services, req, {}, async ({ credentials }) => {
        // Conditions are about releases; the cluster list holds none, so only a DENY refuses it.
        await releasePermissions.allowed(
          credentials,
          helmReleaseReadPermission,
        );
        return clusters.list().map((c, i) => ({
          name: c.name,
          server: c.url,
          cluster: c.name,
          user: 'serviceAccount',
          selected: i === 0,
          title: c.title ?? c.name,
        }));
      }),
    );
  });

  router.get('/api/k8s/namespaces', async (req, res) => {
    const query = parseInput(namespacesQuery, req.query, 'query');
    res.json(
      await runRoute(services, req, {}, async ({ credentials }) => {
        const allowed = await releasePermissions.allowed(
          credentials,
          helmReleaseReadPermission,
        );
        const cluster = releases.clusterName(query.context);
        const list = await releases.namespaces(query.context);
        // Only namespaces in which some release could be read.
        return {
          ...list,
          items: list.items.filter(ns =>
            allowed({ cluster, namespace: ns.metadata.name ?? '', name: '' }),
          ),
        };
      }),
    );
  });

  /**
   * Reads of release records are audited at severity `low`, as catalog-backend audits its entity
   * reads: the records carry user values, which often hold secrets, so who read which release is
   * worth a trail; `low` maps to the debug log level by default, so it adds nothing to the logs until an
   * operator raises it. Contexts and namespaces carry no release data and are not audited.
   */
  const fetched = <T>(
    req: express.Request<any, any, any, any>,
    meta: AuditMeta,
    work: (call: RouteCall) => Promise<T>,
  ) =>
    runRoute(
      services,
      req,
      { audit: { eventId: 'release-fetch', severityLevel: 'low', meta } },
      work,
    );

  /** The caller may act on this release with `permission` (403 naming both otherwise). */
  const authorizeRelease = (
    call: RouteCall,
    permission: typeof helmReleaseReadPermission,
    q: { context?: string; namespace: string },
    name: string,
  ) =>
    releasePermissions.authorize(call.credentials, permission, {
      cluster: releases.clusterName(q.context),
      namespace: q.namespace,
      name,
    });

  router.get('/api/releases', async (req, res) => {
    const q = parseInput(listQuery, req.query, 'query');
    const meta = {
      queryType: 'list',
      context: q.context,
      namespace: q.namespace,
      storage: q.storage,
    };
    const listing = await fetched(req, meta, async call => {
      const allowed = await releasePermissions.allowed(
        call.credentials,
        helmReleaseReadPermission,
      );
      const cluster = releases.clusterName(q.context);
      return releases.listing(
        q,
        {
          namespace: q.namespace,
          statuses: q.statusFilter,
          byDate: q.byDate,
          limit: q.limit,
          skip: q.skip,
          summary: q.summary,
          visible: r => allowed({ cluster, ...r }),
        },
        call.note,
      );
    });
    if (listing.count > STREAM_ABOVE) {
      await streamJsonArray(res, listing, UNDECODABLE_HEADER);
      return;
    }
    const value = [];
    for await (const release of listing.releases) value.push(release);
    res.set(UNDECODABLE_HEADER, String(listing.undecodable())).json(value);
  });

  router.get('/api/releases/:name/history', async (req, res) => {
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    const { value, undecodable } = await fetched(
      req,
      { queryType: 'history', ...target(q, name) },
      async call => {
        await authorizeRelease(call, helmReleaseReadPermission, q, name);
        return releases.history(q, q.namespace, name, call.note);
      },
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
    const { value, undecodable } = await fetched(req, meta, async call => {
      await authorizeRelease(call, helmReleaseReadPermission, q, name);
      return releases.diff(
        q,
        q.namespace,
        name,
        { from: q.from, to: q.to },
        call.note,
      );
    });
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  router.get('/api/releases/:name/operations', async (req, res) => {
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    res.json(
      await fetched(
        req,
        { queryType: 'operations', ...target(q, name) },
        async call => {
          await authorizeRelease(call, helmReleaseReadPermission, q, name);
          return releases.operationsOf(q, q.namespace, name, call.note);
        },
      ),
    );
  });

  router.get('/api/releases/:name/:revision', async (req, res) => {
    const { name, revision } = parseInput(revisionParams, req.params, 'params');
    const q = parseInput(releaseQuery, req.query, 'query');
    const meta = { queryType: 'revision', ...target(q, name), revision };
    const { value, undecodable } = await fetched(req, meta, async call => {
      await authorizeRelease(call, helmReleaseReadPermission, q, name);
      return releases.revision(q, q.namespace, name, revision, call.note);
    });
    res.set(UNDECODABLE_HEADER, String(undecodable)).json(value);
  });

  // Every change is an audit event. Rollback and a real upgrade are `high`: they replace what runs
  // on the cluster (objects applied and deleted, hook Jobs run). Recover only rewrites the status
  // of one stored record, and a dry run changes nothing: `medium`. The values of an upgrade never
  // enter the meta: they may hold secrets. A body that fails validation names no release to act
  // on and is not audited.
  router.post('/api/releases/:name/rollback', async (req, res) => {
    requireJsonBody(req);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(rollbackBody, req.body ?? {}, 'body');
    const meta = {
      ...target(body, name),
      targetRevision: body.revision,
      disableHooks: body.disableHooks,
    };
    res.json(
      await runRoute(
        services,
        req,
        {
          audit: { eventId: 'release-rollback', severityLevel: 'high', meta },
        },
        async call => {
          await authorizeRelease(
            call,
            helmReleaseRollbackPermission,
            body,
            name,
          );
          return releases.rollback(
            body,
            {
              namespace: body.namespace,
              name,
              revision: body.revision,
              disableHooks: body.disableHooks,
            },
            call.actor,
            call.note,
          );
        },
      ),
    );
  });

  router.post('/api/releases/:name/recover', async (req, res) => {
    requireJsonBody(req);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(recoverBody, req.body ?? {}, 'body');
    res.json(
      await runRoute(
        services,
        req,
        {
          audit: {
            eventId: 'release-recover',
            severityLevel: 'medium',
            meta: target(body, name),
          },
        },
        async call => {
          await authorizeRelease(
            call,
            helmReleaseRollbackPermission,
            body,
            name,
          );
          return releases.recover(
            body,
            { namespace: body.namespace, name },
            call.actor,
            call.note,
          );
        },
      ),
    );
  });

  router.post('/api/releases/:name/upgrade', async (req, res) => {
    requireJsonBody(req);
    const { name } = parseInput(releaseNameParams, req.params, 'params');
    const body = parseInput(upgradeBody, req.body ?? {}, 'body');
    const audit = {
      eventId: 'release-upgrade',
      severityLevel: body.dryRun ? 'medium' : 'high',
      meta: {
        ...target(body, name),
        dryRun: body.dryRun,
        valuesMode: body.valuesMode,
        chartRepository: body.chart?.repository,
        chartVersion: body.chart?.version,
      },
    } as const;
    res.json(
      await runRoute(services, req, { audit }, async call => {
        await authorizeRelease(call, helmReleaseUpgradePermission, body, name);
        return releases.upgrade(
          body,
          {
            namespace: body.namespace,
            name,
            values: body.values,
            valuesMode: body.valuesMode,
            chart: body.chart,
            dryRun: body.dryRun,
          },
          call.actor,
          call.note,
        );
      }),
    );
  });

  return router;
}
