import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import { assertArtifact } from '../domain/assertArtifact';
import { digestSchema } from '../domain/digest';
import { callerOf, type RouteContext } from '../http/context';

const assertBody = z.object({
  flowId: z.uuid({ message: 'must be the UUID of a flow' }),
  sha256Digest: digestSchema,
});

/** `POST /api/v1/assert`: is this artifact compliant with this flow, and why not. */
export function assertRoutes(router: Router, ctx: RouteContext) {
  router.post('/api/v1/assert', async (req, res) => {
    await callerOf(ctx, req);
    const body = parseInput(assertBody, req.body, 'body');
    const flow = await ctx.store.flows.get(body.flowId);
    if (!flow)
      throw new UnprocessableEntityError(
        `body.flowId: no flow with id ${body.flowId}`,
      );
    res.json(
      await assertArtifact(
        ctx.store,
        flow,
        body.sha256Digest,
        ctx.settings.verifierId,
      ),
    );
  });
}
