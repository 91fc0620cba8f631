import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import { assertionOf, readAssertFacts } from '../domain/assertArtifact';
import { digestSchema } from '../domain/digest';
import { callerOf, type RouteContext } from '../http/context';
import { signStatement } from '../ledger/dsse';
import {
  assertWithPolicies,
  findEnvironment,
} from '../policy/assertWithPolicies';

const assertBody = z
  .object({
    flowId: z.uuid({ message: 'must be the UUID of a flow' }),
    sha256Digest: digestSchema,
    // Optional: the policies attached to this environment decide too.
    environmentId: z
      .uuid({ message: 'must be the UUID of an environment' })
      .optional(),
    environmentName: z.string().max(255).optional(),
    org: z.string().max(255).default('default'),
  })
  .refine(b => !(b.environmentId && b.environmentName), {
    message: 'give environmentId or environmentName, not both',
    path: ['environmentId'],
  });

/** `POST /api/v1/assert`: is this artifact compliant with this flow, and why not. */
export function assertRoutes(router: Router, ctx: RouteContext) {
  router.post('/api/v1/assert', async (req, res) => {
    const caller = await callerOf(ctx, req);
    const body = parseInput(assertBody, req.body, 'body');
    // Every read that needs only the request is under way at once; their errors are reported
    // in this order, the flow's first.
    const named = body.environmentId || body.environmentName;
    const flowRead = ctx.store.flows.get(body.flowId);
    const artifactRead = ctx.store.artifacts.latestInFlow(body.sha256Digest, {
      flowId: body.flowId,
    });
    const environmentRead = named
      ? findEnvironment(ctx.store, body)
      : Promise.resolve(undefined);
    // An environment named by id: the policies attached to it.
    const attachedRead = body.environmentId
      ? ctx.store.engine.attachedTo(body.environmentId)
      : Promise.resolve(undefined);
    await Promise.allSettled([
      flowRead,
      artifactRead,
      environmentRead,
      attachedRead,
    ]);
    const flow = await flowRead;
    if (!flow)
      throw new UnprocessableEntityError(
        `body.flowId: no flow with id ${body.flowId}`,
      );
    const checkedAt = new Date().toISOString();
    const facts = await readAssertFacts(ctx.store, flow, body.sha256Digest, {
      artifact: await artifactRead,
    });
    const environment = await environmentRead;
    const attached = await attachedRead;
    const flowAssertion = assertionOf(
      flow,
      body.sha256Digest,
      ctx.settings.verifierId,
      facts,
      checkedAt,
    );
    // The environment's policies decide from the same facts, read once.
    const assertion = environment
      ? await assertWithPolicies(
          ctx,
          req,
          caller,
          flow,
          flowAssertion,
          environment,
          facts,
          attached,
        )
      : flowAssertion;
    res.json({
      ...assertion,
      // The summary, signed with the ledger's key (DSSE, payload type application/vnd.in-toto+json).
      verificationSummaryEnvelope: signStatement(
        assertion.verificationSummary,
        ctx.ledger.key,
      ),
    });
  });
}
