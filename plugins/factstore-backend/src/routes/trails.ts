import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import { newId } from '../database/rows';
import {
  CI_CONTEXTS,
  gitFieldsFromCi,
  type CiContext,
  type GitFields,
} from '../domain/ciContext';
import { attachEvidence } from '../domain/attachEvidence';
import { complianceOfTrail } from '../domain/complianceOfTrails';
import { digestSchema, formatDigest } from '../domain/digest';
import { listTrails } from '../domain/listTrails';
import { TRAIL_COMPLIANCE_STATUSES } from '../domain/trailCompliance';
import {
  callerOf,
  idParam,
  mutate,
  parsePage,
  type RouteContext,
} from '../http/context';
import { isMultipart, readMultipart } from '../http/multipart';
import { refuseUnreadableReport } from '../http/reportErrors';
import {
  recordTrailAttestation,
  trailAttestationBody,
} from './trailAttestation';
import { httpUrlSchema, INT_MAX, nameSchema } from './schemas';

/** An optional field a client may also send as null (OpenFactstore's clients do): absent. */
const nullAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess(v => (v === null ? undefined : v), schema.optional());

const trailBody = z.object({
  flowId: z.uuid({ message: 'must be the UUID of a flow' }),
  name: nullAsAbsent(nameSchema),
  description: z.string().max(4000).default(''),
  gitCommitSha: nullAsAbsent(
    z
      .string()
      .regex(/^[0-9a-fA-F]{4,64}$/, 'must be a git commit hash (4-64 hex)'),
  ),
  gitBranch: nullAsAbsent(z.string().max(255)),
  gitAuthor: nullAsAbsent(z.string().max(255)),
  gitAuthorEmail: nullAsAbsent(
    z.email({ message: 'must be an email address' }).max(255),
  ),
  pullRequestNumber: nullAsAbsent(z.number().int().positive().max(INT_MAX)),
  buildUrl: nullAsAbsent(httpUrlSchema),
  /** The CI's environment variables, read when X-Factstore-CI-Context names the CI. */
  ciEnvironment: z.record(z.string(), z.string().max(4000)).optional(),
});

/** What the trails table holds: the git fields read from a CI's variables must fit it too. */
const storedGitFields = z.object({
  gitCommitSha: z.string().max(255).optional(),
  gitBranch: z.string().max(255).optional(),
  gitAuthor: z.string().max(255).optional(),
  gitAuthorEmail: z.string().max(255).optional(),
  pullRequestNumber: z.number().int().positive().max(INT_MAX).optional(),
  buildUrl: z.string().optional(),
});

const artifactBody = z.object({
  name: z.string().min(1).max(512),
  sha256Digest: digestSchema,
  tag: z.string().max(255).optional(),
  registry: z.string().max(512).optional(),
});

const complianceStatusSchema = z
  .string()
  .transform(s => s.toUpperCase().replace('_', '-'))
  .pipe(
    z.enum(TRAIL_COMPLIANCE_STATUSES, {
      message: `must be one of ${TRAIL_COMPLIANCE_STATUSES.join(', ')}`,
    }),
  )
  .optional();
const flowIdQuery = z.object({
  flowId: z.uuid({ message: 'must be a UUID' }).optional(),
  complianceStatus: complianceStatusSchema,
});
const complianceQuery = z.object({ complianceStatus: complianceStatusSchema });
const sha256Query = z.object({ sha256: digestSchema });

function ciContextOf(req: Request): CiContext | undefined {
  const value = req.header('x-factstore-ci-context');
  if (value === undefined) return undefined;
  if (!(CI_CONTEXTS as readonly string[]).includes(value)) {
    throw new InputError(
      `Invalid request headers: headers.x-factstore-ci-context: must be one of ${CI_CONTEXTS.join(', ')}, got "${value}"`,
    );
  }
  return value as CiContext;
}

/** The git fields a CI's variables give, or a 400 naming the field that does not fit. */
function gitFieldsOfCi(ci: CiContext, env: Record<string, string>): GitFields {
  const fields = storedGitFields.safeParse(gitFieldsFromCi(ci, env));
  if (fields.success) return fields.data;
  const problems = fields.error.issues
    .map(issue => `${issue.path.join('.')}: ${issue.message}`)
    .join('; ');
  throw new InputError(
    `Invalid request body: body.ciEnvironment: the ${ci} variables give ${problems}`,
  );
}

async function trailOrThrow(store: FactStore, id: string) {
  const trail = await store.trails.get(id);
  if (!trail) throw new NotFoundError(`No trail with id ${id}`);
  return trail;
}

/** A trail as v1 answers it: its fields, `complianceStatus`, and the `compliance` that decided it. */
async function withCompliance<T extends { id: string; flowId: string }>(
  store: FactStore,
  trail: T,
) {
  const compliance = await complianceOfTrail(store, trail);
  return { ...trail, complianceStatus: compliance.status, compliance };
}

/** Trails, their artifacts, attestations and evidence. */
export function trailRoutes(router: Router, ctx: RouteContext) {
  const { store, settings } = ctx;

  router.post('/api/v1/trails', async (req, res) => {
    const ci = ciContextOf(req);
    const body = parseInput(trailBody, req.body, 'body');
    if (body.ciEnvironment && !ci) {
      throw new InputError(
        'Invalid request: body.ciEnvironment needs the X-Factstore-CI-Context header naming the CI system',
      );
    }
    const fromCi = ci ? gitFieldsOfCi(ci, body.ciEnvironment ?? {}) : {};
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'TRAIL_CREATED',
        conflict: 'A trail with this name already exists in the flow',
      },
      async (tx, caller) => {
        const flow = await tx.flows.get(body.flowId);
        if (!flow)
          throw new UnprocessableEntityError(
            `body.flowId: no flow with id ${body.flowId}`,
          );
        if (flow.archived)
          throw new ConflictError(
            `Flow "${flow.name}" is archived; restore it first (POST /api/v1/flows/${flow.id}/restore)`,
          );
        const name = body.name ?? newId();
        if (await tx.trails.getByName(body.flowId, name))
          throw new ConflictError(
            `Trail "${name}" already exists in this flow`,
          );
        const { ciEnvironment: _env, ...explicit } = body;
        const trail = await tx.trails.create(
          {
            ...fromCi,
            ...Object.fromEntries(
              Object.entries(explicit).filter(([, v]) => v !== undefined),
            ),
            flowId: body.flowId,
            name,
            description: body.description,
            ciContext: ci,
            extra: {},
          },
          caller.actor,
        );
        return {
          result: await withCompliance(tx, trail),
          entityType: 'trail',
          entityId: trail.id,
          trailId: trail.id,
          details: { flowId: trail.flowId, name },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/trails', async (req, res) => {
    await callerOf(ctx, req);
    const { flowId, complianceStatus } = parseInput(
      flowIdQuery,
      req.query,
      'query',
    );
    res.json(
      await listTrails(
        store,
        { flowId },
        parsePage(req.query),
        complianceStatus,
      ),
    );
  });

  router.get('/api/v1/flows/:flowId/trails', async (req, res) => {
    await callerOf(ctx, req);
    const flowId = idParam(req, 'flowId');
    const { complianceStatus } = parseInput(
      complianceQuery,
      req.query,
      'query',
    );
    if (!(await store.flows.get(flowId)))
      throw new NotFoundError(`No flow with id ${flowId}`);
    res.json(
      await listTrails(
        store,
        { flowId },
        parsePage(req.query),
        complianceStatus,
      ),
    );
  });

  router.get('/api/v1/trails/:id', async (req, res) => {
    await callerOf(ctx, req);
    res.json(
      await withCompliance(
        store,
        await trailOrThrow(store, idParam(req, 'id')),
      ),
    );
  });

  router.get('/api/v1/trails/:id/audit', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    // An unknown trail is a 404, as its other routes answer, not an empty history.
    await trailOrThrow(store, id);
    const page = parsePage(req.query);
    const { content } = await store.audit.query({
      trailId: id,
      page: 0,
      offset: page.offset,
      size: page.limit,
      sortDesc: false,
    });
    res.json(content);
  });

  router.post('/api/v1/trails/:trailId/artifacts', async (req, res) => {
    const trailId = idParam(req, 'trailId');
    const body = parseInput(artifactBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'ARTIFACT_REPORTED' },
      async (tx, caller) => {
        await trailOrThrow(tx, trailId);
        const reported = await tx.artifacts.report(
          {
            trailId,
            sha256: body.sha256Digest,
            name: body.name,
            tag: body.tag,
            registry: body.registry,
            extra: {},
          },
          caller.actor,
        );
        return {
          result: reported,
          entityType: 'artifact',
          entityId: reported.artifact.id,
          trailId,
          details: { sha256: body.sha256Digest, repeated: !reported.created },
        };
      },
    );
    res.status(result.created ? 201 : 200).json({
      ...result.artifact,
      sha256Digest: formatDigest(result.artifact.sha256),
    });
  });

  router.get('/api/v1/trails/:trailId/artifacts', async (req, res) => {
    await callerOf(ctx, req);
    const trailId = idParam(req, 'trailId');
    await trailOrThrow(store, trailId);
    res.json(
      (await store.artifacts.listByTrail(trailId)).map(a => ({
        ...a,
        sha256Digest: formatDigest(a.sha256),
      })),
    );
  });

  router.get('/api/v1/artifacts', async (req, res) => {
    await callerOf(ctx, req);
    const { sha256 } = parseInput(sha256Query, req.query, 'query');
    res.json(
      (await store.artifacts.findBySha(sha256)).map(a => ({
        ...a,
        sha256Digest: formatDigest(a.sha256),
      })),
    );
  });

  router.post('/api/v1/trails/:trailId/attestations', async (req, res) => {
    const trailId = idParam(req, 'trailId');
    const body = parseInput(trailAttestationBody, req.body, 'body');
    res.status(201).json(await recordTrailAttestation(ctx, req, trailId, body));
  });

  router.get('/api/v1/trails/:trailId/attestations', async (req, res) => {
    await callerOf(ctx, req);
    const trailId = idParam(req, 'trailId');
    await trailOrThrow(store, trailId);
    res.json(await store.attestations.list(trailId, parsePage(req.query)));
  });

  router.post(
    '/api/v1/trails/:trailId/attestations/:id/evidence',
    async (req, res) => {
      const trailId = idParam(req, 'trailId');
      const id = idParam(req, 'id');
      await callerOf(ctx, req);
      if (!isMultipart(req))
        throw new InputError(
          'Evidence must be sent as multipart/form-data with one file field (e.g. "file")',
        );
      const { files } = await readMultipart(req, settings.evidenceMaxBytes);
      if (files.length !== 1)
        throw new InputError(
          `Expected exactly one file in the multipart body, got ${files.length}`,
        );
      const [file] = files;
      const { result } = await mutate(
        ctx,
        req,
        { eventType: 'EVIDENCE_UPLOADED' },
        async (tx, caller) => {
          const answer = await attachEvidence(
            tx,
            { trailId, attestationId: id, actor: caller.actor },
            file,
          );
          return {
            result: answer,
            entityType: 'attestation',
            entityId: id,
            trailId,
            details: {
              evidenceSha256: file.sha256,
              sizeBytes: file.content.length,
              status: answer.status,
            },
          };
        },
      ).catch(refuseUnreadableReport(file.field));
      res.status(201).json(result);
    },
  );

  router.get(
    '/api/v1/trails/:trailId/attestations/:id/evidence',
    async (req, res) => {
      await callerOf(ctx, req);
      const trailId = idParam(req, 'trailId');
      const id = idParam(req, 'id');
      const attestation = await store.attestations.get(id);
      if (!attestation || attestation.trailId !== trailId)
        throw new NotFoundError(`No attestation ${id} in trail ${trailId}`);
      if (!attestation.evidence)
        throw new NotFoundError(`Attestation ${id} has no evidence`);
      const evidence = (await store.evidence.get(attestation.evidence.sha256))!;
      res
        .type(evidence.contentType)
        .setHeader(
          'Content-Disposition',
          `attachment; filename="${attestation.evidence.fileName.replace(/[^\w.-]/g, '_')}"`,
        )
        .setHeader(
          'Digest',
          `sha-256=${Buffer.from(attestation.evidence.sha256, 'hex').toString('base64')}`,
        )
        .send(evidence.content);
    },
  );
}
