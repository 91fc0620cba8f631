import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import type { Approval } from '../database/ApprovalStore';
import type { FactStore } from '../database/FactStore';
import { digestSchema } from '../domain/digest';
import {
  approvalByNumber,
  kosliApprovalView,
  type NumberedApproval,
} from '../domain/kosliApprovals';
import { callerOf, mutate, type RouteContext } from '../http/context';
import { INT_MAX, nameSchema } from './schemas';

const orgFlowParams = z.object({ org: nameSchema, flow: nameSchema });
const numberParams = orgFlowParams.extend({
  id: z.coerce
    .number()
    .int()
    .min(-INT_MAX)
    .max(INT_MAX)
    .refine(n => n !== 0, 'approval numbers start at 1 (-1 is the latest)'),
});
const artifactParams = orgFlowParams.extend({ sha: digestSchema });
const commitParams = orgFlowParams.extend({ env: nameSchema });
const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(INT_MAX).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(15),
});
/** `kosli report approval` / `request approval` (CLI ≤ 2.34) `ApprovalPayload`. */
const approvalPayload = z.looseObject({
  artifact_fingerprint: digestSchema,
  environment: nameSchema.optional(),
  description: z.string().max(4000).default(''),
  src_commit_list: z.array(z.string().max(64)).max(10_000).nullish(),
  oldest_commit: z.string().max(64).optional(),
  approvals: z.array(z.record(z.string(), z.string())).max(100).nullish(),
  user_data: z.unknown().optional(),
});

/**
 * A flow's approvals, numbered, each with its trail and artifacts. `previewed` is an approval a
 * dry run made and rolled back: it is numbered after the stored ones, as it would have been.
 */
async function approvalsOfFlow(
  store: FactStore,
  org: string,
  flowName: string,
  previewed?: Approval,
) {
  const flow = await store.flows.getByName(org, flowName);
  if (!flow)
    throw new NotFoundError(
      `Flow "${flowName}" does not exist in org "${org}"`,
    );
  const stored = await store.approvals.listOfFlow(flow.id);
  const listed =
    previewed && !stored.some(a => a.id === previewed.id)
      ? [...stored, previewed]
      : stored;
  const approvals: NumberedApproval[] = listed.map((a, i) => ({
    ...a,
    releaseNumber: i + 1,
  }));
  const trailIds = [...new Set(approvals.map(a => a.trailId))];
  const [trails, artifacts] = await Promise.all([
    Promise.all(trailIds.map(id => store.trails.get(id))),
    store.artifacts.listByTrails(trailIds),
  ]);
  const view = (a: NumberedApproval) =>
    kosliApprovalView(
      a,
      trails.find(t => t?.id === a.trailId),
      artifacts.filter(x => x.trailId === a.trailId),
    );
  const holds = (a: NumberedApproval, sha: string) =>
    artifacts.some(x => x.trailId === a.trailId && x.sha256 === sha);
  return { flow, approvals, view, holds };
}

/**
 * The approval commands of the Kosli CLI up to v2.34 (`report|request|get|list|assert approval`).
 * An approval belongs to the trail the artifact was reported in. A reported approval is recorded
 * as a request: who approves is a Backstage identity deciding it (`POST
 * /api/v1/approvals/{id}/approve`), never a name in the body.
 */
export function kosliApprovalRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  // kosli report approval / request approval
  router.post('/api/v2/approvals/:org/:flow', async (req, res) => {
    const params = parseInput(orgFlowParams, req.params, 'params');
    const body = parseInput(approvalPayload, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'APPROVAL_REQUESTED' },
      async (tx, caller) => {
        const flow = await tx.flows.getByName(params.org, params.flow);
        if (!flow)
          throw new NotFoundError(
            `Flow "${params.flow}" does not exist in org "${params.org}"`,
          );
        const located = await tx.artifacts.latestInFlow(
          body.artifact_fingerprint,
          { flowId: flow.id },
        );
        if (!located)
          throw new NotFoundError(
            `body.artifact_fingerprint: no artifact ${body.artifact_fingerprint} in flow "${params.flow}"`,
          );
        const approval = await tx.approvals.request(
          located.trailId,
          body.description,
          caller.actor,
        );
        return {
          result: approval,
          entityType: 'approval',
          entityId: approval.id,
          trailId: located.trailId,
          details: { environment: body.environment },
        };
      },
    );
    const { approvals, view } = await approvalsOfFlow(
      store,
      params.org,
      params.flow,
      result,
    );
    res.status(201).json(view(approvals.find(a => a.id === result.id)!));
  });

  // report approval without --oldest-commit: the commit of the last approved one
  router.get(
    '/api/v2/approvals/:org/:flow/artifact-commit/:env',
    async (req, res) => {
      await callerOf(ctx, req);
      const params = parseInput(commitParams, req.params, 'params');
      const { approvals, view } = await approvalsOfFlow(
        store,
        params.org,
        params.flow,
      );
      const approved = approvals.filter(a => a.status === 'APPROVED').pop();
      res.json({
        commit_sha: approved
          ? (view(approved).src_commit_list[0]?.commit_sha ?? null)
          : null,
      });
    },
  );

  // kosli list approvals --flow F (newest first, a page)
  router.get('/api/v2/approvals/:org/:flow', async (req, res) => {
    await callerOf(ctx, req);
    const params = parseInput(orgFlowParams, req.params, 'params');
    const page = parseInput(pageQuery, req.query, 'query');
    const { approvals, view } = await approvalsOfFlow(
      store,
      params.org,
      params.flow,
    );
    const skip = (page.page - 1) * page.per_page;
    res.json(
      [...approvals]
        .reverse()
        .slice(skip, skip + page.per_page)
        .map(view),
    );
  });

  // kosli get approval FLOW#N | FLOW~N | FLOW
  router.get('/api/v2/approvals/:org/:flow/:id', async (req, res) => {
    await callerOf(ctx, req);
    const params = parseInput(numberParams, req.params, 'params');
    const { approvals, view } = await approvalsOfFlow(
      store,
      params.org,
      params.flow,
    );
    const approval = approvalByNumber(approvals, params.id);
    if (!approval)
      throw new NotFoundError(
        `Flow "${params.flow}" has no approval ${params.id}`,
      );
    res.json(view(approval));
  });

  // kosli assert approval --fingerprint SHA: the CLI reads the last one's `state`
  router.get(
    '/api/v2/artifacts/:org/:flow/:sha/approvals',
    async (req, res) => {
      await callerOf(ctx, req);
      const params = parseInput(artifactParams, req.params, 'params');
      const { approvals, view, holds } = await approvalsOfFlow(
        store,
        params.org,
        params.flow,
      );
      res.json(approvals.filter(a => holds(a, params.sha)).map(view));
    },
  );
}
