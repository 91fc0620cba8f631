import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import type { Environment, Snapshot } from '../database/EnvironmentStore';
import { digestSchema, formatDigest } from '../domain/digest';
import { restoreEnvironment, retireEnvironment } from '../domain/archive';
import { driftBetween, recordSnapshot } from '../domain/recordSnapshot';
import { resolveSnapshot } from '../domain/resolveSnapshot';
import { parseSelector, parseSnappish } from '../domain/snappish';
import { diffSnapshots } from '../domain/snapshotDiff';
import { runningOfReport } from '../domain/kosliSnapshotReport';
import { kosliEnvDiff } from '../domain/kosliEnvDiff';
import { provenanceOf } from '../domain/kosliProvenance';
import { physicalByName } from '../domain/kosliEnvironmentView';
import {
  callerOf,
  idParam,
  mutate,
  parsePage,
  type RouteContext,
} from '../http/context';
import { factstoreEnvironmentManagePermission } from '@fawkes/plugin-factstore-common';
import { archiveQuery, INT_MAX, nameSchema } from './schemas';

export const ENVIRONMENT_TYPES = [
  'K8S',
  'ECS',
  'lambda',
  'S3',
  'docker',
  'server',
  'azure-apps',
  'cloud-run',
] as const;

/** An environment type in any case (`k8s`, `LAMBDA`), as listed; a 400 naming the ones there are. */
const typeIn = <T extends readonly [string, ...string[]]>(types: T) =>
  z
    .string({ message: `must be one of ${types.join(', ')}` })
    .max(32)
    .transform(t => types.find(e => e.toLowerCase() === t.toLowerCase()) ?? t)
    .pipe(
      z.enum(types, {
        message: `must be one of ${types.join(', ')} (any case)`,
      }),
    );

const environmentBody = z.object({
  name: nameSchema,
  org: nameSchema.default('default'),
  type: typeIn(ENVIRONMENT_TYPES),
  description: z.string().max(4000).default(''),
});

const logicalBody = z.object({
  name: nameSchema,
  org: nameSchema.default('default'),
  description: z.string().max(4000).default(''),
  environmentIds: z
    .array(z.uuid({ message: 'must be environment UUIDs' }))
    .max(100)
    .default([]),
});

const snapshotBody = z.object({
  artifacts: z
    .array(
      z.object({
        name: z.string().min(1).max(512),
        sha256Digest: digestSchema,
        instance: z.string().max(512).optional(),
      }),
    )
    .max(10_000),
});

const baselineBody = z.object({
  snapshotIndex: z.number().int().min(1).max(INT_MAX).optional(),
  description: z.string().max(4000).default(''),
});

const allowlistBody = z
  .object({
    sha256Digest: digestSchema.optional(),
    namePattern: z
      .string()
      .min(1)
      .max(255)
      .refine(
        p => (p.match(/\*/g) ?? []).length <= 3,
        'may hold at most 3 "*" wildcards',
      )
      .optional(),
    reason: z.string().min(1, 'must say why the artifact is allowed').max(4000),
    expiresAt: z.iso
      .datetime({ message: 'must be an ISO 8601 time', offset: true })
      .optional(),
  })
  .refine(b => !!b.sha256Digest !== !!b.namePattern, {
    message: 'give exactly one of sha256Digest or namePattern',
    path: ['sha256Digest'],
  });

const environmentPatch = environmentBody.partial().extend({
  org: nameSchema.optional(),
  description: z.string().max(4000).optional(),
});
const logicalPatch = logicalBody.partial().extend({
  org: nameSchema.optional(),
  description: z.string().max(4000).optional(),
  environmentIds: z
    .array(z.uuid({ message: 'must be environment UUIDs' }))
    .max(100)
    .optional(),
});
const indexParams = z.object({
  index: z.coerce.number().int().min(1).max(INT_MAX),
});
const diffQuery = z.object({
  from: z.string().max(100),
  to: z.string().max(100).default(''),
});
const orgParams = z.object({ org: nameSchema });
const orgEnvParams = z.object({ org: nameSchema, env: nameSchema });
const envDiffQuery = z.object({
  snappish1: z.string().min(1).max(200),
  snappish2: z.string().min(1).max(200),
});
const KOSLI_ENVIRONMENT_TYPES = [...ENVIRONMENT_TYPES, 'logical'] as const;
/** `kosli create environment` (`--type logical --included-environments a,b` for a logical one). */
const kosliEnvironmentBody = z.object({
  name: nameSchema,
  type: typeIn(KOSLI_ENVIRONMENT_TYPES),
  description: z.string().max(4000).default(''),
  included_environments: z.array(nameSchema).max(100).optional(),
});
const reportParams = z.object({
  org: nameSchema,
  env: nameSchema,
  type: typeIn(ENVIRONMENT_TYPES),
});
/** Kosli snapshot reports: every reporter (K8S, ECS, lambda, …) sends `digests: {name: sha256}` per artifact. */
const reportBody = z.object({
  // Go marshals a reporter that found nothing as `"artifacts": null`.
  artifacts: z
    .array(
      z.looseObject({
        digests: z.record(z.string().min(1).max(512), digestSchema).nullish(),
        podName: z.string().max(512).optional(),
        namespace: z.string().max(255).optional(),
        taskArn: z.string().max(512).optional(),
        functionName: z.string().max(512).optional(),
        containerName: z.string().max(512).optional(),
        app_name: z.string().max(512).optional(),
        serviceName: z.string().max(512).optional(),
        revisionName: z.string().max(512).optional(),
        jobName: z.string().max(512).optional(),
        creationTimestamp: z.number().optional(),
      }),
    )
    .max(10_000)
    .nullish(),
});

const showSnapshot = (s: Snapshot) => ({
  ...s,
  artifacts: s.artifacts.map(a => ({
    ...a,
    sha256Digest: formatDigest(a.sha256),
  })),
});

async function physicalOrThrow(
  store: FactStore,
  id: string,
): Promise<Environment> {
  const env = await store.environments.get(id);
  if (!env || env.type === 'logical')
    throw new NotFoundError(`No environment with id ${id}`);
  return env;
}

/** A physical environment that may change: an archived one is read-only until restored. */
async function writableOrThrow(
  store: FactStore,
  id: string,
): Promise<Environment> {
  const env = await physicalOrThrow(store, id);
  if (env.archived)
    throw new ConflictError(
      `Environment "${env.name}" is archived; restore it first (POST /api/v1/environments/${id}/restore)`,
    );
  return env;
}

/** A snapshot of `env` named by an index (`12`), a selector (`~3`, `#2`, `@{…}`) or a full snappish of it. */
async function snapshotFor(
  store: FactStore,
  env: Environment,
  text: string,
  field: string,
): Promise<Snapshot> {
  let selector;
  try {
    if (/^\d+$/.test(text)) selector = parseSelector(`#${text}`);
    else if (/^[#~@]/.test(text) || text === '') selector = parseSelector(text);
    else {
      const snappish = parseSnappish(text);
      if (snappish.environment !== env.name)
        throw new Error(
          `names environment "${snappish.environment}", not "${env.name}"`,
        );
      selector = snappish.selector;
    }
  } catch (error) {
    throw new InputError(
      `Invalid request query: query.${field}: ${(error as Error).message}`,
    );
  }
  const snapshot = await resolveSnapshot(store, env.id, selector);
  if (!snapshot)
    throw new NotFoundError(
      `query.${field}: environment "${env.name}" has no snapshot "${text}"`,
    );
  return snapshot;
}

/** Environments: CRUD, snapshots, diff, baselines, drift, allow-list; logical environments. */
export function environmentRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;
  const manage = factstoreEnvironmentManagePermission;
  const conflict = 'An environment with this name already exists in this org';

  const createEnvironment = (
    req: Request,
    input: z.output<typeof environmentBody> & { members?: string[] },
    logical: boolean,
  ) =>
    mutate(
      ctx,
      req,
      {
        eventType: logical
          ? 'LOGICAL_ENVIRONMENT_CREATED'
          : 'ENVIRONMENT_CREATED',
        permission: manage,
        conflict,
      },
      async (tx, caller) => {
        if (await tx.environments.getByName(input.org, input.name))
          throw new ConflictError(
            `Environment "${input.name}" already exists in org "${input.org}"`,
          );
        const env = await tx.environments.create(
          {
            org: input.org,
            name: input.name,
            type: input.type,
            description: input.description,
            members: input.members ?? [],
          },
          caller.actor,
        );
        return {
          result: env,
          entityType: 'environment',
          entityId: env.id,
          details: { name: env.name, type: env.type },
        };
      },
    );

  router.post('/api/v1/environments', async (req, res) => {
    const body = parseInput(environmentBody, req.body, 'body');
    res.status(201).json((await createEnvironment(req, body, false)).result);
  });

  router.get('/api/v1/environments', async (req, res) => {
    await callerOf(ctx, req);
    res.json(await store.environments.list({ logical: false }));
  });

  router.get('/api/v1/environments/:id', async (req, res) => {
    await callerOf(ctx, req);
    res.json(await physicalOrThrow(store, idParam(req, 'id')));
  });

  router.put('/api/v1/environments/:id', async (req, res) => {
    const id = idParam(req, 'id');
    const patch = parseInput(environmentPatch, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'ENVIRONMENT_UPDATED', permission: manage, conflict },
      async tx => {
        await writableOrThrow(tx, id);
        const env = (await tx.environments.update(id, patch))!;
        return {
          result: env,
          entityType: 'environment',
          entityId: id,
          details: { changed: Object.keys(patch) },
        };
      },
    );
    res.json(result);
  });

  const logicalOrThrow = async (tx: FactStore, id: string) => {
    const env = await tx.environments.get(id);
    if (!env || env.type !== 'logical')
      throw new NotFoundError(`No logical environment with id ${id}`);
    return env;
  };
  const showLogical = (env: Environment) => ({
    ...env,
    environmentIds: env.members,
  });

  /** DELETE an environment: refused while anything points at it, archived with ?archive=true. */
  const retire = async (req: Request, res: Response, logical: boolean) => {
    const id = idParam(req, 'id');
    const { archive } = parseInput(archiveQuery, req.query, 'query');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: `${logical ? 'LOGICAL_' : ''}ENVIRONMENT_${archive ? 'ARCHIVED' : 'DELETED'}`,
        permission: manage,
      },
      async (tx, caller) => {
        await (logical ? logicalOrThrow : physicalOrThrow)(tx, id);
        const done = await retireEnvironment(tx, id, {
          archive,
          actor: caller.actor,
        });
        return {
          result: done,
          entityType: 'environment',
          entityId: id,
          details: { name: done.environment.name },
        };
      },
    );
    if (result.archived)
      res.json(logical ? showLogical(result.environment) : result.environment);
    else res.status(204).end();
  };

  /** Restores an archived environment: listed again, found by name again. */
  const restore = async (req: Request, res: Response, logical: boolean) => {
    const id = idParam(req, 'id');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: `${logical ? 'LOGICAL_' : ''}ENVIRONMENT_RESTORED`,
        permission: manage,
        conflict,
      },
      async tx => {
        await (logical ? logicalOrThrow : physicalOrThrow)(tx, id);
        const env = await restoreEnvironment(tx, id);
        return {
          result: env,
          entityType: 'environment',
          entityId: id,
          details: { name: env.name },
        };
      },
    );
    res.json(logical ? showLogical(result) : result);
  };

  router.delete('/api/v1/environments/:id', (req, res) =>
    retire(req, res, false),
  );
  router.post('/api/v1/environments/:id/restore', (req, res) =>
    restore(req, res, false),
  );

  router.post('/api/v1/environments/:id/snapshots', async (req, res) => {
    const id = idParam(req, 'id');
    const body = parseInput(snapshotBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'SNAPSHOT_RECORDED',
        conflict:
          'Other snapshots kept being recorded at the same moment; retry',
        retriesOnUniqueViolation: 2,
      },
      async (tx, caller) => {
        const env = await writableOrThrow(tx, id);
        const recorded = await recordSnapshot(
          tx,
          env,
          body.artifacts.map(a => ({
            name: a.name,
            sha256: a.sha256Digest,
            instance: a.instance,
          })),
          caller.actor,
          false,
        );
        return {
          result: recorded.snapshot,
          entityType: 'environment',
          entityId: id,
          details: { snapshotIndex: recorded.snapshot.index },
        };
      },
    );
    res.status(201).json(showSnapshot(result));
  });

  router.get('/api/v1/environments/:id/snapshots', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    await physicalOrThrow(store, id);
    res.json(
      (await store.environments.listSnapshots(id, parsePage(req.query))).map(
        showSnapshot,
      ),
    );
  });

  router.get('/api/v1/environments/:id/snapshots/latest', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const env = await physicalOrThrow(store, id);
    const snapshot = await store.environments.latestSnapshot(id);
    if (!snapshot)
      throw new NotFoundError(`Environment "${env.name}" has no snapshot yet`);
    res.json(showSnapshot(snapshot));
  });

  router.get('/api/v1/environments/:id/snapshots/:index', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const { index } = parseInput(
      indexParams,
      { index: req.params.index },
      'params',
    );
    const env = await physicalOrThrow(store, id);
    const snapshot = await store.environments.snapshotByIndex(id, index);
    if (!snapshot)
      throw new NotFoundError(
        `Environment "${env.name}" has no snapshot #${index}`,
      );
    res.json(showSnapshot(snapshot));
  });

  router.get('/api/v1/environments/:id/diff', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const query = parseInput(diffQuery, req.query, 'query');
    const env = await physicalOrThrow(store, id);
    const from = await snapshotFor(store, env, query.from, 'from');
    const to = await snapshotFor(store, env, query.to, 'to');
    res.json({
      environmentId: id,
      from: from.index,
      to: to.index,
      ...diffSnapshots(from.artifacts, to.artifacts),
    });
  });

  router.post('/api/v1/environments/:id/baselines', async (req, res) => {
    const id = idParam(req, 'id');
    const body = parseInput(baselineBody, req.body ?? {}, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'BASELINE_CREATED', permission: manage },
      async (tx, caller) => {
        const env = await writableOrThrow(tx, id);
        const snapshot = body.snapshotIndex
          ? await tx.environments.snapshotByIndex(id, body.snapshotIndex)
          : await tx.environments.latestSnapshot(id);
        if (!snapshot)
          throw new UnprocessableEntityError(
            `body.snapshotIndex: environment "${env.name}" has no ${body.snapshotIndex ? `snapshot #${body.snapshotIndex}` : 'snapshot yet'}`,
          );
        const baseline = await tx.environments.createBaseline(
          id,
          snapshot.index,
          body.description,
          caller.actor,
        );
        return {
          result: baseline,
          entityType: 'environment',
          entityId: id,
          details: { snapshotIndex: snapshot.index },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/environments/:id/baselines/current', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const env = await physicalOrThrow(store, id);
    const baseline = await store.environments.currentBaseline(id);
    if (!baseline)
      throw new NotFoundError(`Environment "${env.name}" has no baseline`);
    res.json(baseline);
  });

  router.get('/api/v1/environments/:id/drift', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const env = await physicalOrThrow(store, id);
    const baseline = await store.environments.currentBaseline(id);
    if (!baseline)
      throw new NotFoundError(
        `Environment "${env.name}" has no baseline to compare with`,
      );
    const [baseSnapshot, latest] = await Promise.all([
      store.environments.snapshotByIndex(id, baseline.snapshotIndex),
      store.environments.latestSnapshot(id),
    ]);
    const diff = driftBetween(
      baseSnapshot!,
      latest!,
      await store.environments.allowlist(id),
    );
    res.json({
      environmentId: id,
      baselineId: baseline.id,
      baselineSnapshotIndex: baseline.snapshotIndex,
      snapshotIndex: latest!.index,
      hasDrift:
        diff.added.length + diff.removed.length + diff.changed.length > 0,
      ...diff,
    });
  });

  router.get('/api/v1/environments/:id/drift/history', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    await physicalOrThrow(store, id);
    res.json(await store.environments.driftHistory(id, parsePage(req.query)));
  });

  router.post('/api/v1/environments/:id/allowlist', async (req, res) => {
    const id = idParam(req, 'id');
    const body = parseInput(allowlistBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'ALLOWLIST_ENTRY_ADDED', permission: manage },
      async (tx, caller) => {
        await writableOrThrow(tx, id);
        const entry = await tx.environments.addAllowlistEntry({
          environmentId: id,
          sha256: body.sha256Digest,
          namePattern: body.namePattern,
          reason: body.reason,
          expiresAt: body.expiresAt,
          createdBy: caller.actor,
        });
        return {
          result: entry,
          entityType: 'environment',
          entityId: id,
          details: { entryId: entry.id },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/environments/:id/allowlist', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    await physicalOrThrow(store, id);
    res.json(await store.environments.allowlist(id));
  });

  router.delete(
    '/api/v1/environments/:id/allowlist/:entryId',
    async (req, res) => {
      const id = idParam(req, 'id');
      const entryId = idParam(req, 'entryId');
      await mutate(
        ctx,
        req,
        { eventType: 'ALLOWLIST_ENTRY_REMOVED', permission: manage },
        async tx => {
          if (!(await tx.environments.removeAllowlistEntry(id, entryId)))
            throw new NotFoundError(
              `No allow-list entry ${entryId} in environment ${id}`,
            );
          return {
            result: undefined,
            entityType: 'environment',
            entityId: id,
            details: { entryId },
          };
        },
      );
      res.status(204).end();
    },
  );

  // Logical environments: a named group of physical ones (Kosli `join environment`).
  const checkMembers = async (tx: FactStore, ids: string[]) => {
    for (const [i, memberId] of ids.entries()) {
      const member = await tx.environments.get(memberId);
      if (!member || member.type === 'logical')
        throw new UnprocessableEntityError(
          `body.environmentIds[${i}]: no physical environment with id ${memberId}`,
        );
    }
  };

  router.post('/api/v1/logical-environments', async (req, res) => {
    const body = parseInput(logicalBody, req.body, 'body');
    await checkMembers(store, body.environmentIds);
    const { result } = await createEnvironment(
      req,
      { ...body, type: 'logical' as never, members: body.environmentIds },
      true,
    );
    res.status(201).json(showLogical(result));
  });

  router.get('/api/v1/logical-environments', async (req, res) => {
    await callerOf(ctx, req);
    res.json(
      (await store.environments.list({ logical: true })).map(showLogical),
    );
  });

  router.get('/api/v1/logical-environments/:id', async (req, res) => {
    await callerOf(ctx, req);
    res.json(showLogical(await logicalOrThrow(store, idParam(req, 'id'))));
  });

  router.put('/api/v1/logical-environments/:id', async (req, res) => {
    const id = idParam(req, 'id');
    const patch = parseInput(logicalPatch, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'LOGICAL_ENVIRONMENT_UPDATED',
        permission: manage,
        conflict,
      },
      async tx => {
        await logicalOrThrow(tx, id);
        if (patch.environmentIds) await checkMembers(tx, patch.environmentIds);
        const env = (await tx.environments.update(id, {
          name: patch.name,
          org: patch.org,
          description: patch.description,
          members: patch.environmentIds,
        }))!;
        return {
          result: env,
          entityType: 'environment',
          entityId: id,
          details: { changed: Object.keys(patch) },
        };
      },
    );
    res.json(showLogical(result));
  });

  router.delete('/api/v1/logical-environments/:id', (req, res) =>
    retire(req, res, true),
  );
  router.post('/api/v1/logical-environments/:id/restore', (req, res) =>
    restore(req, res, true),
  );

  // kosli archive environment NAME
  router.put('/api/v2/environments/:org/:env/archive', async (req, res) => {
    const params = parseInput(orgEnvParams, req.params, 'params');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'ENVIRONMENT_ARCHIVED', permission: manage },
      async (tx, caller) => {
        const env = await tx.environments.getByName(params.org, params.env);
        if (!env)
          throw new NotFoundError(
            `Environment "${params.env}" does not exist in org "${params.org}"`,
          );
        const done = await retireEnvironment(tx, env.id, {
          archive: true,
          actor: caller.actor,
        });
        return {
          result: done.environment,
          entityType: 'environment',
          entityId: env.id,
          details: { name: env.name },
        };
      },
    );
    res.json(result);
  });

  // Kosli v2: create environment, report a snapshot, diff two snappishes.
  router.put('/api/v2/environments/:org', async (req, res) => {
    const { org } = parseInput(orgParams, req.params, 'params');
    const body = parseInput(kosliEnvironmentBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'ENVIRONMENT_UPSERTED',
        permission: manage,
        conflict,
        retriesOnUniqueViolation: 1,
      },
      async (tx, caller) => {
        const existing = await tx.environments.getByName(org, body.name);
        if (
          existing &&
          (existing.type === 'logical') !== (body.type === 'logical')
        )
          throw new InputError(
            `body.type: environment "${body.name}" is ${existing.type}; a logical environment stays logical and a physical one physical`,
          );
        const members =
          body.type === 'logical'
            ? await Promise.all(
                (body.included_environments ?? []).map(
                  async name =>
                    (
                      await physicalByName(
                        tx,
                        org,
                        name,
                        'body.included_environments',
                      )
                    ).id,
                ),
              )
            : undefined;
        const env = existing
          ? (await tx.environments.update(existing.id, {
              type: body.type,
              description: body.description,
              members,
            }))!
          : await tx.environments.create(
              {
                org,
                name: body.name,
                type: body.type,
                description: body.description,
                members: members ?? [],
              },
              caller.actor,
            );
        return {
          result: { env, created: !existing },
          entityType: 'environment',
          entityId: env.id,
          details: { org, name: body.name },
        };
      },
    );
    res.status(result.created ? 201 : 200).json(result.env);
  });

  router.put(
    '/api/v2/environments/:org/:env/report/:type',
    async (req, res) => {
      const params = parseInput(reportParams, req.params, 'params');
      const body = parseInput(reportBody, req.body, 'body');
      const running = runningOfReport(body.artifacts ?? []);
      const { result } = await mutate(
        ctx,
        req,
        {
          eventType: 'SNAPSHOT_REPORTED',
          conflict:
            'Other snapshots kept being recorded at the same moment; retry',
          retriesOnUniqueViolation: 2,
        },
        async (tx, caller) => {
          const env = await tx.environments.getByName(params.org, params.env);
          if (!env || env.type === 'logical')
            throw new NotFoundError(
              `Environment "${params.env}" does not exist in org "${params.org}"`,
            );
          if (env.type !== params.type)
            throw new UnprocessableEntityError(
              `params.type: environment "${env.name}" is of type ${env.type}, not ${params.type}`,
            );
          const recorded = await recordSnapshot(
            tx,
            env,
            running,
            caller.actor,
            true,
          );
          return {
            result: recorded,
            entityType: 'environment',
            entityId: env.id,
            details: {
              snapshotIndex: recorded.snapshot.index,
              changed: recorded.created,
            },
          };
        },
      );
      res
        .status(result.created ? 201 : 200)
        .json(showSnapshot(result.snapshot));
    },
  );

  router.get('/api/v2/env-diff/:org', async (req, res) => {
    await callerOf(ctx, req);
    const { org } = parseInput(orgParams, req.params, 'params');
    const query = parseInput(envDiffQuery, req.query, 'query');
    const resolve = async (field: 'snappish1' | 'snappish2') => {
      let parsed;
      try {
        parsed = parseSnappish(query[field]);
      } catch (error) {
        throw new InputError(
          `Invalid request query: query.${field}: ${(error as Error).message}`,
        );
      }
      const env = await store.environments.getByName(org, parsed.environment);
      if (!env)
        throw new NotFoundError(
          `query.${field}: environment "${parsed.environment}" does not exist in org "${org}"`,
        );
      const snapshot = await resolveSnapshot(store, env.id, parsed.selector);
      if (!snapshot)
        throw new NotFoundError(
          `query.${field}: no snapshot "${query[field]}"`,
        );
      return { env, snapshot };
    };
    const one = await resolve('snappish1');
    const two = await resolve('snappish2');
    const provenance = await provenanceOf(
      store,
      org,
      [...one.snapshot.artifacts, ...two.snapshot.artifacts].map(a => a.sha256),
    );
    res.json(kosliEnvDiff(one, two, provenance));
  });
}
