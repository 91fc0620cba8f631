import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import { digestSchema } from '../domain/digest';
import {
  environmentByName,
  kosliEnvironmentView,
  pageOfIndexes,
  physicalByName,
  parseInterval,
  snapshotNumber,
  snapshotContext,
} from '../domain/kosliEnvironmentView';
import {
  kosliEnvironmentEvents,
  kosliSnapshotListEntry,
  kosliSnapshotView,
  snapshotSelectorOfId,
} from '../domain/kosliSnapshots';
import { resolveSnapshot } from '../domain/resolveSnapshot';
import { callerOf, mutate, type RouteContext } from '../http/context';
import { kosliRenameRoute } from './kosliRename';
import { factstoreEnvironmentManagePermission } from '@fawkes/plugin-factstore-common';
import { INT_MAX, nameSchema } from './schemas';

const orgParams = z.object({ org: nameSchema });
const orgEnvParams = z.object({ org: nameSchema, env: nameSchema });
const snapshotParams = orgEnvParams.extend({ id: z.string().min(1).max(200) });

const boolWord = z
  .enum(['true', 'false'], { message: 'must be "true" or "false"' })
  .default('false')
  .transform(v => v === 'true');
/** The CLI's list flags: `page` from 1, `per_page`, `reverse`, `interval` (snapshots N..M). */
const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(INT_MAX).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(15),
  reverse: boolWord,
  interval: z.string().max(40).optional(),
});
const repeated = (max: number) =>
  z.union([z.string().max(max), z.array(z.string().max(max)).max(50)]);
/** listEnvironments.go's filters: name (contains, any case), type, space_id, tag, sort. */
/** logEnvironment.go: the list flags, and --start/--end, --start-ts/--end-ts, --repo. */
const eventsQuery = listQuery.extend({
  start: z.string().max(40).optional(),
  end: z.string().max(40).optional(),
  start_ts: z.string().max(40).optional(),
  end_ts: z.string().max(40).optional(),
  repo_name: z.union([z.string(), z.array(z.string())]).optional(),
});
const environmentsQuery = z.object({
  page: z.coerce.number().int().min(1).max(INT_MAX).optional(),
  per_page: z.coerce.number().int().min(1).max(100).optional(),
  name: z.string().max(255).optional(),
  type: repeated(32).optional(),
  space_id: repeated(255).optional(),
  tag: repeated(512).optional(),
  sort: z
    .enum(['name', 'last_modified_at', 'last_changed_at'], {
      message: 'must be one of name, last_modified_at, last_changed_at',
    })
    .default('name'),
  sort_direction: z
    .enum(['asc', 'desc'], { message: 'must be asc or desc' })
    .default('asc'),
});
const joinPayload = z.object({ physical_env_name: nameSchema });
const allowPayload = z.object({
  artifact_fingerprint: digestSchema,
  artifact_name: z.string().max(512).default(''),
  description: z
    .string()
    .min(1, 'must say why the artifact is allowed')
    .max(4000),
});

/**
 * Kosli v2 reads of environments and snapshots, as `kosli get|list environment(s)`, `log
 * environment`, `get|list|assert snapshot(s)` call them, and `kosli allow artifact`.
 */
export function kosliEnvironmentRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  // kosli list environments: a plain array, or {page, per_page, total_pages, total_count, environments} when paged.
  router.get('/api/v2/environments/:org', async (req, res) => {
    await callerOf(ctx, req);
    const { org } = parseInput(orgParams, req.params, 'params');
    const query = parseInput(environmentsQuery, req.query, 'query');
    const types = [query.type ?? []].flat().map(t => t.toLowerCase());
    // Environments here carry no tags and belong to no space (kosli tag is a SaaS feature), so a
    // tag or space filter matches none of them.
    const unmatchable =
      [query.tag ?? []].flat().length + [query.space_id ?? []].flat().length >
      0;
    const named = query.name?.toLowerCase();
    const matching = unmatchable
      ? []
      : (await store.environments.list({ org })).filter(
          e =>
            (!named || e.name.toLowerCase().includes(named)) &&
            (types.length === 0 || types.includes(e.type.toLowerCase())),
        );
    const views: Array<Awaited<ReturnType<typeof kosliEnvironmentView>>> = [];
    for (const env of matching)
      views.push(await kosliEnvironmentView(store, env));
    const sortKey = (v: (typeof views)[number]): string | number => {
      if (query.sort === 'name') return v.name;
      if (query.sort === 'last_modified_at') return v.last_modified_at;
      return v.last_reported_at ?? 0;
    };
    views.sort((a, b) => {
      const [x, y] = [sortKey(a), sortKey(b)];
      let order = a.name.localeCompare(b.name);
      if (x !== y) order = x < y ? -1 : 1;
      return query.sort_direction === 'desc' ? -order : order;
    });
    const paged = query.page !== undefined || query.per_page !== undefined;
    const page = query.page ?? 1;
    const perPage = query.per_page ?? 20;
    const environments = paged
      ? views.slice((page - 1) * perPage, page * perPage)
      : views;
    const all = views;
    if (!paged) {
      res.json(environments);
      return;
    }
    res.json({
      page,
      per_page: perPage,
      total_pages: Math.ceil(all.length / perPage),
      total_count: all.length,
      environments,
    });
  });

  // kosli get environment NAME (and snapshot's auto-create, which reads `type`)
  router.get('/api/v2/environments/:org/:env', async (req, res) => {
    await callerOf(ctx, req);
    const { org, env } = parseInput(orgEnvParams, req.params, 'params');
    res.json(
      await kosliEnvironmentView(
        store,
        await environmentByName(store, org, env),
      ),
    );
  });

  /** One page of an environment's snapshots by number, each with its previous and next one. */
  const pageOfSnapshots = async (
    envId: string,
    query: z.output<typeof listQuery> & { start?: string; end?: string },
  ) => {
    const latest = (await store.environments.latestSnapshot(envId))?.index ?? 0;
    const range = parseInterval(query.interval, latest);
    // --start/--end narrow the interval (snapshot expressions, as --interval's).
    const start = snapshotNumber(query.start, latest, 'query.start');
    const end = snapshotNumber(query.end, latest, 'query.end');
    if (start !== undefined) range.from = Math.max(range.from, start);
    if (end !== undefined) range.to = Math.min(range.to, end);
    const indexes = pageOfIndexes(range, {
      page: query.page,
      perPage: query.per_page,
      reverse: query.reverse,
    });
    if (indexes.length === 0) return { indexes, byIndex: new Map() };
    const around = await store.environments.snapshotsBetween(
      envId,
      Math.min(...indexes) - 1,
      Math.max(...indexes) + 1,
    );
    return { indexes, byIndex: new Map(around.map(s => [s.index, s])) };
  };

  // kosli log environment NAME: what started, exited or scaled, snapshot by snapshot (a page of snapshots).
  router.get('/api/v2/environments/:org/:env/events', async (req, res) => {
    await callerOf(ctx, req);
    const params = parseInput(orgEnvParams, req.params, 'params');
    const query = parseInput(eventsQuery, req.query, 'query');
    const unsupported = (['repo_name', 'start_ts', 'end_ts'] as const).find(
      key => query[key] !== undefined,
    );
    if (unsupported)
      throw new InputError(
        `Invalid request query: query.${unsupported}: filtering environment events by ${unsupported === 'repo_name' ? 'repository' : 'Unix time'} is not supported here; give --interval or --start/--end as snapshot numbers`,
      );
    const env = await environmentByName(store, params.org, params.env);
    const { indexes, byIndex } = await pageOfSnapshots(env.id, query);
    const snapshotsShown = indexes.map(i => byIndex.get(i)).filter(Boolean);
    const context = await snapshotContext(store, env, [...byIndex.values()]);
    res.json(
      snapshotsShown.flatMap(s =>
        kosliEnvironmentEvents(env, byIndex.get(s.index - 1), s, context),
      ),
    );
  });

  // kosli list snapshots ENV
  router.get('/api/v2/snapshots/:org/:env', async (req, res) => {
    await callerOf(ctx, req);
    const params = parseInput(orgEnvParams, req.params, 'params');
    const query = parseInput(listQuery, req.query, 'query');
    const env = await environmentByName(store, params.org, params.env);
    const { indexes, byIndex } = await pageOfSnapshots(env.id, query);
    const context = await snapshotContext(store, env, [...byIndex.values()]);
    res.json(
      indexes
        .filter(i => byIndex.has(i))
        .map(i =>
          kosliSnapshotListEntry(byIndex.get(i), byIndex.get(i + 1), context),
        ),
    );
  });

  // kosli get snapshot ENV[#N|~N|@{…}] and kosli assert snapshot ENV[#N|~N] (reads `compliant`)
  router.get('/api/v2/snapshots/:org/:env/:id', async (req, res) => {
    await callerOf(ctx, req);
    const params = parseInput(snapshotParams, req.params, 'params');
    const env = await environmentByName(store, params.org, params.env);
    let selector;
    try {
      selector = snapshotSelectorOfId(params.id);
    } catch (error) {
      throw new InputError(
        `Invalid request params: params.id: ${(error as Error).message}`,
      );
    }
    const snapshot = await resolveSnapshot(store, env.id, selector);
    if (!snapshot)
      throw new NotFoundError(
        `Environment "${env.name}" has no snapshot "${params.id}"`,
      );
    const previous =
      snapshot.index > 1
        ? await store.environments.snapshotByIndex(env.id, snapshot.index - 1)
        : undefined;
    const context = await snapshotContext(
      store,
      env,
      previous ? [snapshot, previous] : [snapshot],
    );
    res.json(kosliSnapshotView(env, snapshot, previous, context));
  });

  const manage = { permission: factstoreEnvironmentManagePermission };

  // kosli rename environment OLD NEW
  kosliRenameRoute(router, ctx, '/api/v2/environments/:org/:name/rename', {
    kind: 'environment',
    eventType: 'ENVIRONMENT_RENAMED',
    ...manage,
    byName: (tx, org, name) => tx.environments.getByName(org, name),
    rename: async (tx, id, name) =>
      (await tx.environments.update(id, { name }))!,
    view: kosliEnvironmentView,
  });

  // kosli join environment --physical P --logical L
  router.put('/api/v2/environments/:org/:env/join', async (req, res) => {
    const params = parseInput(orgEnvParams, req.params, 'params');
    const body = parseInput(joinPayload, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'ENVIRONMENT_JOINED', ...manage },
      async tx => {
        const logical = await environmentByName(tx, params.org, params.env);
        if (logical.type !== 'logical')
          throw new InputError(
            `params.env: "${logical.name}" is a ${logical.type} environment, not a logical one`,
          );
        const physical = await physicalByName(
          tx,
          params.org,
          body.physical_env_name,
          'body.physical_env_name',
        );
        const joined = (await tx.environments.update(logical.id, {
          members: [...new Set([...logical.members, physical.id])],
        }))!;
        return {
          result: await kosliEnvironmentView(tx, joined),
          entityType: 'environment',
          entityId: logical.id,
          details: { joined: physical.name },
        };
      },
    );
    res.json(result);
  });

  // kosli allow artifact … --environment ENV --reason R
  router.put('/api/v2/allowlists/:org/:env', async (req, res) => {
    const params = parseInput(orgEnvParams, req.params, 'params');
    const body = parseInput(allowPayload, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'ALLOWLIST_ENTRY_ADDED', ...manage },
      async (tx, caller) => {
        const env = await environmentByName(tx, params.org, params.env);
        const entry = await tx.environments.addAllowlistEntry({
          environmentId: env.id,
          sha256: body.artifact_fingerprint,
          reason: body.artifact_name
            ? `${body.description} (${body.artifact_name})`
            : body.description,
          createdBy: caller.actor,
        });
        return {
          result: {
            environment_name: env.name,
            artifact_fingerprint: body.artifact_fingerprint,
            artifact_name: body.artifact_name,
            description: body.description,
            created_by: entry.createdBy,
          },
          entityType: 'environment',
          entityId: env.id,
          details: { entryId: entry.id },
        };
      },
    );
    res.status(201).json(result);
  });
}
