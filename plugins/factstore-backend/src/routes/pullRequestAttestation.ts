import { NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import { newId } from '../database/rows';
import { digestSchema } from '../domain/digest';
import {
  fromGithub,
  fromGitlab,
  PULL_REQUEST_PROVIDERS,
  pullRequestFactsVerdict,
  pullRequestSchemas,
} from '../evidence/pullRequestFacts';
import { idParam, mutate, type RouteContext } from '../http/context';

const requestBody = z.object({
  provider: z
    .string()
    .transform(p => p.toUpperCase())
    .pipe(
      z.enum(PULL_REQUEST_PROVIDERS, {
        message: `must be one of ${PULL_REQUEST_PROVIDERS.join(', ')}`,
      }),
    ),
  repository: z.string().trim().min(1).max(512),
  commitSha: z
    .string()
    .regex(
      /^[0-9a-f]{7,64}$/i,
      'must be a git commit SHA (7 to 64 hex digits)',
    ),
  assertOnMissing: z.boolean().default(false),
  minApprovals: z.number().int().min(0).max(20).default(1),
  name: z.string().trim().min(1).max(255).default('pull-request'),
  artifactSha256: digestSchema.optional(),
});

/** `POST …/attestations/pull-request`: a review attestation decided from the PR facts sent. */
export function pullRequestAttestationRoutes(
  router: Router,
  ctx: RouteContext,
) {
  router.post(
    '/api/v1/trails/:trailId/attestations/pull-request',
    async (req, res) => {
      const trailId = idParam(req, 'trailId');
      const { provider } = parseInput(
        requestBody.pick({ provider: true }),
        req.body,
        'body',
      );
      // The pull requests are read in the provider's own API format.
      const body = parseInput(
        requestBody.extend({
          pullRequests: z
            .array(pullRequestSchemas[provider])
            .max(100)
            .default([]),
        }),
        req.body,
        'body',
      );
      const pullRequests = body.pullRequests.map(pr =>
        provider === 'GITHUB'
          ? fromGithub(pr as z.output<typeof pullRequestSchemas.GITHUB>)
          : fromGitlab(pr as z.output<typeof pullRequestSchemas.GITLAB>),
      );
      const verdict = pullRequestFactsVerdict(
        body.provider,
        body.commitSha,
        pullRequests,
        body.minApprovals,
      );
      if (body.assertOnMissing && pullRequests.length === 0)
        throw new UnprocessableEntityError(verdict.reason);
      const eventType = 'ATTESTATION_RECORDED';
      const { result } = await mutate(
        ctx,
        req,
        { eventType, selfAudited: true },
        async (tx, caller) => {
          const attestation = await tx.attestations.recordWithAuditEvent(
            { id: trailId },
            {
              type: 'pull_request',
              name: body.name,
              status: verdict.status,
              statusReason: verdict.reason,
              artifactSha256: body.artifactSha256,
              description: `${body.provider} pull requests of ${body.repository} for ${body.commitSha}`,
              details: {
                provider: body.provider,
                repository: body.repository,
                commitSha: body.commitSha,
                minApprovals: body.minApprovals,
                pullRequests,
              },
            },
            caller.actor,
            {
              id: newId(),
              eventType,
              actor: caller.actor,
              details: { type: 'pull_request', status: verdict.status },
            },
          );
          if (!attestation)
            throw new NotFoundError(`No trail with id ${trailId}`);
          return {
            result: attestation,
            entityType: 'attestation',
            entityId: attestation.id,
            trailId,
          };
        },
      );
      res.status(201).json(result);
    },
  );
}
