import { NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import { factstoreProvenanceRecordPermission } from '@fawkes/plugin-factstore-common';
import type { Router } from 'express';
import { z } from 'zod';
import type { BuildProvenance } from '../database/ProvenanceStore';
import type { FactStore } from '../database/FactStore';
import { digestSchema, formatDigest } from '../domain/digest';
import {
  readProvenance,
  type ProvenanceDocument,
} from '../domain/provenance/readProvenance';
import {
  verifyProvenance,
  type VerifyOptions,
} from '../domain/provenance/verifyProvenance';
import { callerOf, idParam, mutate, type RouteContext } from '../http/context';

const expectationsBody = z
  .object({
    builderId: z.string().min(1).max(1024).optional(),
    sourceRepositoryUri: z.string().min(1).max(2048).optional(),
    certificateIdentity: z.string().min(1).max(2048).optional(),
    certificateIssuer: z.string().min(1).max(2048).optional(),
  })
  .strict();

/** The answer: OpenFactstore's BuildProvenanceResponse, then what was verified. */
const present = (p: BuildProvenance, withDocument: boolean) => ({
  id: p.id,
  artifactId: p.artifactId,
  trailId: p.trailId,
  sha256Digest: formatDigest(p.sha256),
  builderId: p.builderId,
  builderType: p.builderType,
  buildConfigUri: p.buildConfigUri ?? null,
  sourceRepositoryUri: p.sourceRepositoryUri ?? null,
  sourceCommitSha: p.sourceCommitSha ?? null,
  buildStartedOn: p.buildStartedOn ?? null,
  buildFinishedOn: p.buildFinishedOn ?? null,
  slsaLevel: `L${p.slsaLevel}`,
  provenanceStatus: p.provenanceStatus,
  recordedAt: p.recordedAt,
  recordedBy: p.recordedBy,
  format: p.format,
  predicateType: p.predicateType ?? null,
  buildType: p.buildType ?? null,
  checks: p.checks,
  ...(withDocument ? { document: p.document ?? null } : {}),
});

async function artifactOrThrow(
  store: FactStore,
  trailId: string,
  artifactId: string,
) {
  if (!(await store.trails.get(trailId)))
    throw new NotFoundError(`No trail with id ${trailId}`);
  const artifact = await store.artifacts.getInTrail(trailId, artifactId);
  if (!artifact)
    throw new NotFoundError(
      `No artifact with id ${artifactId} in trail ${trailId}`,
    );
  return artifact;
}

/** The stored provenance read back as the document it was recorded from. */
function storedDocument(p: BuildProvenance): ProvenanceDocument {
  if (p.document !== undefined) return readProvenance(p.document);
  return {
    format: 'fields',
    facts: {
      builderId: p.builderId,
      builderType: p.builderType,
      buildConfigUri: p.buildConfigUri,
      sourceRepositoryUri: p.sourceRepositoryUri,
      sourceCommitSha: p.sourceCommitSha,
      buildStartedOn: p.buildStartedOn,
      buildFinishedOn: p.buildFinishedOn,
    },
  };
}

const failures = (
  checks: Array<{ check: string; result: string; detail: string }>,
) =>
  checks
    .filter(c => c.result === 'FAILED')
    .map(c => `${c.check}: ${c.detail}`)
    .join('; ');

/**
 * OpenFactstore's build provenance: SLSA provenance v0.2 or v1 as an in-toto statement, a DSSE
 * envelope or a Sigstore bundle (or OpenFactstore's plain fields), verified when recorded and on
 * demand; every answer lists what was checked.
 */
export function provenanceRoutes(
  router: Router,
  ctx: RouteContext,
  options: VerifyOptions,
) {
  const base = '/api/v1/trails/:trailId/artifacts/:artifactId/provenance';

  router.post(base, async (req, res) => {
    const trailId = idParam(req, 'trailId');
    const artifactId = idParam(req, 'artifactId');
    const doc = readProvenance(req.body);
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'PROVENANCE_RECORDED',
        permission: factstoreProvenanceRecordPermission,
      },
      async (tx, caller) => {
        const artifact = await artifactOrThrow(tx, trailId, artifactId);
        const verification = verifyProvenance(
          doc,
          artifact.sha256,
          {},
          options,
        );
        // A provenance that is not about this artifact, or whose signature fails, is no evidence.
        if (verification.provenanceStatus === 'PROVENANCE_FAILED')
          throw new UnprocessableEntityError(
            `The provenance does not verify: ${failures(verification.checks)}`,
          );
        const recorded = await tx.provenance.record({
          artifactId,
          trailId,
          sha256: artifact.sha256,
          format: doc.format,
          predicateType: doc.statement?.predicateType,
          ...doc.facts,
          slsaLevel: verification.slsaLevel,
          provenanceStatus: verification.provenanceStatus,
          checks: verification.checks,
          document: doc.document,
          recordedBy: caller.actor,
        });
        return {
          result: recorded,
          entityType: 'provenance',
          entityId: recorded.id,
          trailId,
          details: {
            sha256: artifact.sha256,
            format: doc.format,
            builderId: doc.facts.builderId,
            provenanceStatus: recorded.provenanceStatus,
            slsaLevel: recorded.slsaLevel,
          },
        };
      },
    );
    res.status(201).json(present(result, false));
  });

  router.get(base, async (req, res) => {
    await callerOf(ctx, req);
    const trailId = idParam(req, 'trailId');
    const artifactId = idParam(req, 'artifactId');
    await artifactOrThrow(ctx.store, trailId, artifactId);
    const p = await ctx.store.provenance.latestForArtifact(artifactId);
    if (!p)
      throw new NotFoundError(
        `No provenance recorded for artifact ${artifactId}`,
      );
    res.json(present(p, true));
  });

  router.get('/api/v1/artifacts/:sha256/provenance', async (req, res) => {
    await callerOf(ctx, req);
    const { sha256 } = parseInput(
      z.object({ sha256: digestSchema }),
      req.params,
      'params',
    );
    const [newest] = await ctx.store.provenance.latestForDigest(sha256, 1);
    if (!newest)
      throw new NotFoundError(`No provenance recorded for sha256:${sha256}`);
    res.json(present(newest, true));
  });

  router.post(`${base}/verify`, async (req, res) => {
    await callerOf(ctx, req);
    const trailId = idParam(req, 'trailId');
    const artifactId = idParam(req, 'artifactId');
    const expected = parseInput(expectationsBody, req.body ?? {}, 'body');
    const artifact = await artifactOrThrow(ctx.store, trailId, artifactId);
    const p = await ctx.store.provenance.latestForArtifact(artifactId);
    if (!p)
      throw new NotFoundError(
        `No provenance recorded for artifact ${artifactId}`,
      );
    const verification = verifyProvenance(
      storedDocument(p),
      artifact.sha256,
      expected,
      options,
    );
    const failed = failures(verification.checks);
    res.json({
      // OpenFactstore's ProvenanceVerificationResponse first.
      artifactId,
      provenanceStatus: verification.provenanceStatus,
      message: failed
        ? `Provenance does not verify: ${failed}`
        : `Provenance verified: ${verification.checks
            .filter(c => c.result === 'PASSED')
            .map(c => c.check)
            .join(', ')}${
            verification.checks.some(c => c.result === 'NOT_CHECKED')
              ? `; not checked: ${verification.checks
                  .filter(c => c.result === 'NOT_CHECKED')
                  .map(c => c.check)
                  .join(', ')}`
              : ''
          }`,
      provenanceId: p.id,
      sha256Digest: formatDigest(artifact.sha256),
      verified: verification.provenanceStatus === 'PROVENANCE_VERIFIED',
      slsaLevel: `L${verification.slsaLevel}`,
      checks: verification.checks,
      trustRoot: options.verifier.trustedRootSource,
      verifiedAt: new Date().toISOString(),
    });
  });
}
