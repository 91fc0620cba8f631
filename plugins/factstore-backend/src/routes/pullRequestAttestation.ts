import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { AttestationInput } from '../database/AttestationStore';
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
import { INT_MAX, nameSchema } from './schemas';

const providerSchema = z
  .string()
  .transform(p => p.toUpperCase())
  .pipe(
    z.enum(PULL_REQUEST_PROVIDERS, {
      message: `must be one of ${PULL_REQUEST_PROVIDERS.join(', ')}`,
    }),
  );

/** The pull requests sent inline, in the provider's own API format (decided here). */
const requestBody = z.object({
  provider: providerSchema,
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

const required =
  (what: string) =>
  (issue: { input: unknown }): string | undefined =>
    issue.input === undefined ? `required: ${what}` : undefined;

/**
 * Seed 002's body: a pull request named by owner, repository and number, which OpenFactstore reads
 * from the SCM. GitLab owners may be nested groups (`group/subgroup`).
 */
const referenceBody = z.object({
  organisationSlug: nameSchema.optional(),
  provider: providerSchema,
  repositoryOwner: z
    .string({ error: required('the repository owner, e.g. "my-org"') })
    .max(255)
    .regex(
      /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/,
      'must be an owner (or group path) of letters, digits, "_", "." or "-"',
    ),
  repositoryName: z
    .string({ error: required('the repository name, e.g. "my-service"') })
    .max(255)
    .regex(
      /^[A-Za-z0-9_.-]+$/,
      'must be a repository name of letters, digits, "_", "." or "-"',
    ),
  prNumber: z
    .number({ error: required('the pull request number, e.g. 42') })
    .int()
    .min(1)
    .max(INT_MAX),
  assertOnMissing: requestBody.shape.assertOnMissing,
  name: requestBody.shape.name,
  artifactSha256: requestBody.shape.artifactSha256,
});

const INLINE_KEYS = ['repository', 'commitSha', 'pullRequests'];
const REFERENCE_KEYS = ['repositoryOwner', 'repositoryName', 'prNumber'];

/** Which body this is: seed 002's reference unless it carries the inline fields. */
function bodyKind(body: unknown): 'inline' | 'reference' {
  const keys =
    typeof body === 'object' && body !== null ? Object.keys(body) : [];
  const inline = INLINE_KEYS.some(k => keys.includes(k));
  if (inline && REFERENCE_KEYS.some(k => keys.includes(k)))
    throw new InputError(
      `Invalid request body: body: ${REFERENCE_KEYS.join(', ')} name a pull request to look up, ${INLINE_KEYS.join(', ')} send its facts: send one or the other`,
    );
  return inline ? 'inline' : 'reference';
}

/** What a pull-request attestation records, and whether a missing pull request refuses it. */
interface PullRequestClaim {
  input: Omit<AttestationInput, 'trailId' | 'type'>;
  /** The reason to answer 422 with instead of recording (assertOnMissing). */
  refuse?: string;
}

/** The inline body: the pull requests sent, decided by their facts. */
function inlineClaim(body: unknown): PullRequestClaim {
  const { provider } = parseInput(
    requestBody.pick({ provider: true }),
    body,
    'body',
  );
  // The pull requests are read in the provider's own API format.
  const parsed = parseInput(
    requestBody.extend({
      pullRequests: z.array(pullRequestSchemas[provider]).max(100).default([]),
    }),
    body,
    'body',
  );
  const pullRequests = parsed.pullRequests.map(pr =>
    provider === 'GITHUB'
      ? fromGithub(pr as z.output<typeof pullRequestSchemas.GITHUB>)
      : fromGitlab(pr as z.output<typeof pullRequestSchemas.GITLAB>),
  );
  const verdict = pullRequestFactsVerdict(
    parsed.provider,
    parsed.commitSha,
    pullRequests,
    parsed.minApprovals,
  );
  return {
    refuse:
      parsed.assertOnMissing && pullRequests.length === 0
        ? verdict.reason
        : undefined,
    input: {
      name: parsed.name,
      status: verdict.status,
      statusReason: verdict.reason,
      artifactSha256: parsed.artifactSha256,
      description: `${parsed.provider} pull requests of ${parsed.repository} for ${parsed.commitSha}`,
      details: {
        provider: parsed.provider,
        repository: parsed.repository,
        commitSha: parsed.commitSha,
        minApprovals: parsed.minApprovals,
        pullRequests,
      },
    },
  };
}

/**
 * Seed 002's body names a pull request that OpenFactstore reads from the SCM. No SCM credentials
 * are kept here (seed 002's scm-integrations routes answer 501), so the pull request cannot be
 * read: it is recorded with its reference and FAILED, as unverified evidence must not make a
 * trail compliant (PENDING would let a later evidence upload pass it). Its facts sent inline in a
 * later attestation decide it (the latest one wins).
 */
function referenceClaim(body: unknown): PullRequestClaim {
  const parsed = parseInput(referenceBody, body, 'body');
  const repository = `${parsed.repositoryOwner}/${parsed.repositoryName}`;
  const pr = `${parsed.provider} ${repository}#${parsed.prNumber}`;
  const reason = `pull-request: ${pr} was not verified: no SCM integration is configured to read it; send the pull request in pullRequests[] (with repository and commitSha) to decide it`;
  return {
    refuse: parsed.assertOnMissing ? reason : undefined,
    input: {
      name: parsed.name,
      status: 'FAILED',
      statusReason: reason,
      artifactSha256: parsed.artifactSha256,
      description: `${parsed.provider} pull request ${repository}#${parsed.prNumber}`,
      details: {
        provider: parsed.provider,
        repository,
        repositoryOwner: parsed.repositoryOwner,
        repositoryName: parsed.repositoryName,
        prNumber: parsed.prNumber,
        ...(parsed.organisationSlug
          ? { organisationSlug: parsed.organisationSlug }
          : {}),
        verified: false,
      },
    },
  };
}

/**
 * `POST …/attestations/pull-request`: a review attestation decided from the PR facts sent, or
 * seed 002's reference to a pull request (recorded unverified, see referenceClaim).
 */
export function pullRequestAttestationRoutes(
  router: Router,
  ctx: RouteContext,
) {
  router.post(
    '/api/v1/trails/:trailId/attestations/pull-request',
    async (req: Request, res: Response) => {
      const trailId = idParam(req, 'trailId');
      const claim =
        bodyKind(req.body) === 'inline'
          ? inlineClaim(req.body)
          : referenceClaim(req.body);
      if (claim.refuse) throw new UnprocessableEntityError(claim.refuse);
      const { input } = claim;
      const eventType = 'ATTESTATION_RECORDED';
      const { result } = await mutate(
        ctx,
        req,
        { eventType, selfAudited: true },
        async (tx, caller) => {
          const attestation = await tx.attestations.recordWithAuditEvent(
            { id: trailId },
            { ...input, type: 'pull_request' },
            caller.actor,
            {
              id: newId(),
              eventType,
              actor: caller.actor,
              details: { type: 'pull_request', status: input.status },
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
