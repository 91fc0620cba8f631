import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Request, Router } from 'express';
import { z } from 'zod';
import { callerOf, idParam, mutate, type RouteContext } from '../http/context';
import { factstoreApprovalReviewPermission } from '@fawkes/plugin-factstore-common';

const requestBody = z.object({ comment: z.string().max(4000).default('') });
const decisionBody = z.object({ comment: z.string().max(4000).default('') });
const statusQuery = z.object({
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']).optional(),
});

/** Approvals: requested and decided by Backstage identities; a requester never approves their own. */
export function approvalRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  router.post('/api/v1/trails/:trailId/approvals', async (req, res) => {
    const trailId = idParam(req, 'trailId');
    const body = parseInput(requestBody, req.body ?? {}, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'APPROVAL_REQUESTED' },
      async (tx, caller) => {
        if (!(await tx.trails.get(trailId)))
          throw new NotFoundError(`No trail with id ${trailId}`);
        const approval = await tx.approvals.request(
          trailId,
          body.comment,
          caller.actor,
        );
        return {
          result: approval,
          entityType: 'approval',
          entityId: approval.id,
          trailId,
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/trails/:trailId/approvals', async (req, res) => {
    await callerOf(ctx, req);
    const trailId = idParam(req, 'trailId');
    if (!(await store.trails.get(trailId)))
      throw new NotFoundError(`No trail with id ${trailId}`);
    res.json(await store.approvals.list({ trailId }));
  });

  router.get('/api/v1/approvals', async (req, res) => {
    await callerOf(ctx, req);
    const { status } = parseInput(statusQuery, req.query, 'query');
    res.json(await store.approvals.list({ status }));
  });

  router.get('/api/v1/approvals/:approvalId', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'approvalId');
    const approval = await store.approvals.get(id);
    if (!approval) throw new NotFoundError(`No approval with id ${id}`);
    res.json(approval);
  });

  const decide =
    (status: 'APPROVED' | 'REJECTED') =>
    async (req: Request, res: import('express').Response) => {
      const id = idParam(req, 'approvalId');
      const body = parseInput(decisionBody, req.body ?? {}, 'body');
      const { result } = await mutate(
        ctx,
        req,
        // A reviewer is a person: a service token (the CI's) could otherwise decide its holder's own request.
        {
          eventType:
            status === 'APPROVED' ? 'APPROVAL_APPROVED' : 'APPROVAL_REJECTED',
          permission: factstoreApprovalReviewPermission,
          principals: ['user'],
        },
        async (tx, caller) => {
          const approval = await tx.approvals.get(id);
          if (!approval) throw new NotFoundError(`No approval with id ${id}`);
          if (approval.requestedBy === caller.actor)
            throw new NotAllowedError(
              `${caller.actor} requested approval ${id} and cannot decide it`,
            );
          if (
            !(await tx.approvals.decide(id, status, caller.actor, body.comment))
          ) {
            throw new ConflictError(
              `Approval ${id} was already ${approval.status === 'PENDING' ? 'decided' : approval.status}`,
            );
          }
          return {
            result: (await tx.approvals.get(id))!,
            entityType: 'approval',
            entityId: id,
            trailId: approval.trailId,
            details: { status },
          };
        },
      );
      res.json(result);
    };

  router.post('/api/v1/approvals/:approvalId/approve', decide('APPROVED'));
  router.post('/api/v1/approvals/:approvalId/reject', decide('REJECTED'));
}
