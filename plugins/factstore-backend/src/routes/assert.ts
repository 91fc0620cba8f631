import { parseInput } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import { assertionOf } from '../domain/assertArtifact';
import { digestSchema } from '../domain/digest';
import { callerOf, type RouteContext } from '../http/context';
import { signStatement } from '../ledger/dsse';
import { assertWithPolicies } from '../policy/assertWithPolicies';
import { readAssertRequest } from '../policy/readAssertRequest';

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
    const checkedAt = new Date().toISOString();
    const { flow, facts, environment, attached, read } =
      await readAssertRequest(ctx.store, body);
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
          read,
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
