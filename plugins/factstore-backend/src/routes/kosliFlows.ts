import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import { complianceOfTrails } from '../domain/complianceOfTrails';
import { digestSchema } from '../domain/digest';
import { unixSeconds } from '../domain/kosliSnapshots';
import { callerOf, type RouteContext } from '../http/context';
import { kosliRenameRoute } from './kosliRename';
import { factstoreFlowManagePermission } from '@fawkes/plugin-factstore-common';
import { INT_MAX, nameSchema } from './schemas';

const orgParams = z.object({ org: nameSchema });
const orgFlowParams = orgParams.extend({ flow: nameSchema });
const flowsQuery = z.object({
  page: z.coerce.number().int().min(1).max(INT_MAX).optional(),
  per_page: z.coerce.number().int().min(1).max(100).optional(),
  search_by_name: z.string().max(255).optional(),
  case_sensitive: z.enum(['true', 'false']).default('true'),
});
const trailsQuery = z.object({
  page: z.coerce.number().int().min(1).max(INT_MAX).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
  flow: nameSchema.optional(),
  fingerprint: digestSchema.optional(),
  flow_tag: z
    .string()
    .regex(/^[^=]+=.*$/, 'must be key=value')
    .optional(),
});

/**
 * A flow as `kosli get flow` and `list flows` read it: `tags` a map (type-asserted), `template`
 * the YAML of a flow made from a template file, else the legacy list of required names.
 */
async function kosliFlowView(
  store: FactStore,
  flow: Flow,
  withTemplate: boolean,
) {
  const templateYaml =
    withTemplate && flow.hasTemplate
      ? await store.flows.templateYaml(flow.id)
      : undefined;
  return {
    name: flow.name,
    description: flow.description,
    org: flow.org,
    visibility: 'private',
    template: templateYaml ?? ['artifact', ...flow.requiredAttestations],
    tags: flow.tags ?? {},
    last_deployment_at: null,
    created_at: unixSeconds(flow.createdAt),
    archived: flow.archived,
  };
}

/** Kosli v2 reads of flows and trails: `kosli get flow`, `list flows`, `list trails`. */
export function kosliFlowRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  // kosli list flows: a plain array, or {data, pagination} when --page/--page-limit are given.
  router.get('/api/v2/flows/:org', async (req, res) => {
    await callerOf(ctx, req);
    const { org } = parseInput(orgParams, req.params, 'params');
    const query = parseInput(flowsQuery, req.query, 'query');
    const sensitive = query.case_sensitive === 'true';
    const term = query.search_by_name ?? '';
    const matches = (name: string) =>
      sensitive
        ? name.includes(term)
        : name.toLowerCase().includes(term.toLowerCase());
    const all = (await store.flows.list({ org })).filter(f => matches(f.name));
    const views = (flows: Flow[]) =>
      Promise.all(flows.map(f => kosliFlowView(store, f, false)));
    if (query.per_page === undefined) {
      res.json(await views(all));
      return;
    }
    const page = query.page ?? 1;
    res.json({
      data: await views(
        all.slice((page - 1) * query.per_page, page * query.per_page),
      ),
      pagination: {
        page,
        page_count: Math.ceil(all.length / query.per_page),
        total: all.length,
      },
    });
  });

  // kosli get flow NAME
  router.get('/api/v2/flows/:org/:flow', async (req, res) => {
    await callerOf(ctx, req);
    const { org, flow: name } = parseInput(orgFlowParams, req.params, 'params');
    const flow = await store.flows.getByName(org, name);
    if (!flow)
      throw new NotFoundError(`Flow "${name}" does not exist in org "${org}"`);
    res.json(await kosliFlowView(store, flow, true));
  });

  // kosli rename flow OLD NEW
  kosliRenameRoute(router, ctx, '/api/v2/flows/:org/:name/rename', {
    kind: 'flow',
    eventType: 'FLOW_RENAMED',
    permission: factstoreFlowManagePermission,
    byName: (tx, org, name) => tx.flows.getByName(org, name),
    rename: async (tx, id, name) => (await tx.flows.update(id, { name }))!,
    view: (tx, renamed) => kosliFlowView(tx, renamed, true),
  });

  // kosli list trails [--flow F] [--fingerprint SHA] [--flow-tag k=v]: {data, pagination}
  router.get('/api/v2/trails/:org', async (req, res) => {
    await callerOf(ctx, req);
    const { org } = parseInput(orgParams, req.params, 'params');
    const query = parseInput(trailsQuery, req.query, 'query');
    let flows = await store.flows.list({ org });
    if (query.flow) flows = flows.filter(f => f.name === query.flow);
    if (query.flow_tag) {
      const [key, ...value] = query.flow_tag.split('=');
      flows = flows.filter(f => f.tags?.[key] === value.join('='));
    }
    if (query.flow && flows.length === 0)
      throw new NotFoundError(
        `Flow "${query.flow}" does not exist in org "${org}"`,
      );
    const trailIds = query.fingerprint
      ? (await store.artifacts.findBySha(query.fingerprint, 1000)).map(
          a => a.trailId,
        )
      : undefined;
    const { trails, total } = flows.length
      ? await store.trails.listOfFlows(
          { flowIds: flows.map(f => f.id), trailIds },
          {
            limit: query.per_page,
            offset: (query.page - 1) * query.per_page,
          },
        )
      : { trails: [], total: 0 };
    const compliance = await complianceOfTrails(store, trails);
    const flowNames = new Map(flows.map(f => [f.id, f.name]));
    res.json({
      data: trails.map(t => ({
        name: t.name,
        description: t.description,
        flow: flowNames.get(t.flowId),
        compliance_state: compliance.get(t.id)?.status ?? 'INCOMPLETE',
        git_commit: t.gitCommitSha ?? null,
        created_at: unixSeconds(t.createdAt),
      })),
      pagination: {
        page: query.page,
        page_count: Math.ceil(total / query.per_page),
        total,
      },
    });
  });
}
