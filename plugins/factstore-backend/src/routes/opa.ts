import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  BadGatewayError,
  parseInput,
  UnprocessableEntityError,
} from '@fawkes/backend-http';
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import type { OpaBundle, PolicyDecision } from '../database/PolicyEngineStore';
import { digestSchema, formatDigest } from '../domain/digest';
import {
  callerOf,
  idParam,
  mutate,
  parsePage,
  type RouteContext,
} from '../http/context';
import { isMultipart, readMultipart } from '../http/multipart';
import { factstorePolicyManagePermission } from '@fawkes/plugin-factstore-common';
import { buildInputDocument } from '../policy/inputDocument';
import {
  BundleError,
  readOpaBundle,
  type OpaBundleContents,
} from '../policy/opaBundle';
import { POLICY_DECISION_EVENT } from '../policy/recordDecisions';
import { OpaServerError } from '../policy/rego';

const entrypointSchema = z
  .string()
  .max(255)
  .regex(
    /^(data[./])?[A-Za-z_][\w-]*([./][A-Za-z_][\w-]*)*$/,
    'must be a rule or package path such as factstore/deploy',
  )
  .transform(e => e.replace(/^data[./]/, '').replace(/\./g, '/'));

const uploadFields = z.object({
  name: z.string().min(1).max(255).optional(),
  version: z.string().min(1).max(255).optional(),
  entrypoints: z
    .string()
    .max(2000)
    .optional()
    .transform(v =>
      v
        ? v
            .split(',')
            .map(e => e.trim())
            .filter(Boolean)
        : [],
    ),
  activate: z.enum(['true', 'false']).optional(),
  orgSlug: z.string().max(255).optional(),
});

const evaluateBody = z
  .object({
    bundleId: z
      .uuid({ message: 'must be the UUID of an OPA bundle' })
      .optional(),
    entrypoint: entrypointSchema.optional(),
    input: z.record(z.string(), z.unknown()).optional(),
    sha256Digest: digestSchema.optional(),
    environmentId: z
      .uuid({ message: 'must be the UUID of an environment' })
      .optional(),
    environmentName: z.string().max(255).optional(),
    org: z.string().max(255).default('default'),
    flowId: z.uuid({ message: 'must be the UUID of a flow' }).optional(),
    // OpenFactstore's request fields: the input when neither input nor sha256Digest is given.
    artifactName: z.string().max(512).optional(),
    artifactVersion: z.string().max(255).optional(),
    environment: z.string().max(255).optional(),
    attestations: z
      .array(z.record(z.string(), z.unknown()))
      .max(1000)
      .optional(),
    approvalStatus: z.string().max(64).optional(),
  })
  .refine(b => !(b.input && b.sha256Digest), {
    message: 'give input or sha256Digest, not both',
    path: ['input'],
  })
  .refine(b => !(b.environmentId && b.environmentName), {
    message: 'give environmentId or environmentName, not both',
    path: ['environmentId'],
  });

const decisionQuery = z.object({
  policyId: z.uuid({ message: 'must be a UUID' }).optional(),
  bundleId: z.uuid({ message: 'must be a UUID' }).optional(),
  gateResultId: z.uuid({ message: 'must be a UUID' }).optional(),
});

/** OpenFactstore's BundleResponse fields, and what the engine knows of the bundle. */
const bundleJson = (bundle: OpaBundle, regoContent?: string) => ({
  ...bundle,
  ...(regoContent !== undefined ? { regoContent } : {}),
});

/** OpenFactstore's PolicyDecisionResponse fields, and the rest of the decision. */
export const decisionJson = (d: PolicyDecision) => ({
  id: d.id,
  bundleId: d.bundleId ?? null,
  policyId: d.policyId ?? null,
  policyName: d.policyName ?? null,
  language: d.language,
  engine: d.engine,
  entrypoint: d.entrypoint ?? null,
  allow: d.allow,
  resultAllow: d.allow,
  violations: d.violations,
  denyReasons: d.violations,
  result: d.result ?? null,
  error: d.error ?? null,
  input: d.input,
  inputJson: JSON.stringify(d.input),
  sha256Digest: d.sha256 ? formatDigest(d.sha256) : null,
  environmentId: d.environmentId ?? null,
  gateResultId: d.gateResultId ?? null,
  source: d.source,
  orgSlug: d.orgSlug ?? null,
  evaluatedBy: d.evaluatedBy,
  evaluatedAt: d.evaluatedAt,
});

/** OPA's refusal of a module is the client's fault (400); an unreachable OPA is not (502/503). */
function opaFailure(error: unknown): Error {
  if (error instanceof BundleError)
    return new InputError(`Invalid bundle: ${error.message}`);
  if (error instanceof OpaServerError) {
    if (error.locations.length > 0 || /answered 400/.test(error.message))
      return new InputError(
        `The OPA server refused the bundle: ${error.message}`,
      );
    if (/answered/.test(error.message))
      return new BadGatewayError(error.message);
    return new ServiceUnavailableError(error.message);
  }
  return error as Error;
}

async function contentsOf(store: FactStore, id: string) {
  return readOpaBundle((await store.engine.bundleContent(id))!);
}

/** OPA bundles, evaluation against them, and every policy decision. */
export function opaRoutes(router: Router, ctx: RouteContext) {
  const { store, policyEngine } = ctx;
  const permission = factstorePolicyManagePermission;

  /** Makes `bundle` the active one: the OPA server gets its modules when it needs them. */
  const activate = async (
    tx: FactStore,
    bundle: OpaBundle,
    contents: OpaBundleContents,
  ) => {
    const previous = await tx.engine.activeBundle();
    if (previous?.id === bundle.id) return;
    try {
      await policyEngine.loadOnServer(
        bundle,
        contents,
        previous && {
          bundle: previous,
          contents: await contentsOf(tx, previous.id),
        },
      );
    } catch (error) {
      throw opaFailure(error);
    }
    await tx.engine.activate(bundle.id);
  };

  router.post('/api/v1/opa/bundles', async (req, res) => {
    await callerOf(ctx, req);
    if (!isMultipart(req))
      throw new InputError(
        'An OPA bundle is uploaded as multipart/form-data: one file (the bundle.tar.gz) and optional fields name, version, entrypoints, activate',
      );
    const { files, fields } = await readMultipart(
      req,
      ctx.settings.evidenceMaxBytes,
    );
    if (files.length !== 1)
      throw new InputError(
        `Expected exactly one file (the bundle.tar.gz) in the multipart body, got ${files.length}`,
      );
    const [file] = files;
    const options = parseInput(uploadFields, fields, 'body');
    let contents: OpaBundleContents;
    let inspected;
    try {
      contents = await readOpaBundle(file.content);
      inspected = await policyEngine.inspect(
        contents,
        options.entrypoints.map(e =>
          e.replace(/^data[./]/, '').replace(/\./g, '/'),
        ),
      );
    } catch (error) {
      throw opaFailure(error);
    }
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'OPA_BUNDLE_UPLOADED', permission },
      async (tx, caller) => {
        const bundle = await tx.engine.createBundle(
          {
            name:
              options.name ?? file.fileName.replace(/\.tar\.gz$|\.tgz$/, ''),
            version:
              options.version ??
              contents.manifest?.revision ??
              file.sha256.slice(0, 12),
            revision: contents.manifest?.revision,
            sha256: file.sha256,
            sizeBytes: file.content.length,
            engine: inspected.engine,
            entrypoints: inspected.entrypoints,
            regoFiles: contents.rego.map(r => ({
              path: r.path,
              package: r.package,
            })),
            orgSlug: options.orgSlug,
            createdBy: caller.actor,
          },
          file.content,
        );
        if (options.activate === 'true') await activate(tx, bundle, contents);
        const stored = (await tx.engine.getBundle(bundle.id))!;
        return {
          result: stored,
          entityType: 'opa-bundle',
          entityId: bundle.id,
          details: {
            name: stored.name,
            sha256: stored.sha256,
            engine: stored.engine,
          },
        };
      },
    );
    res.status(201).json(bundleJson(result));
  });

  router.get('/api/v1/opa/bundles', async (req, res) => {
    await callerOf(ctx, req);
    res.json((await store.engine.listBundles()).map(b => bundleJson(b)));
  });

  router.get('/api/v1/opa/bundles/:id', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const bundle = await store.engine.getBundle(id);
    if (!bundle) throw new NotFoundError(`No OPA bundle with id ${id}`);
    const contents = await contentsOf(store, id);
    res.json(
      bundleJson(
        bundle,
        contents.rego.map(r => `# ${r.path}\n${r.source}`).join('\n'),
      ),
    );
  });

  router.put('/api/v1/opa/bundles/:id/activate', async (req, res) => {
    const id = idParam(req, 'id');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'OPA_BUNDLE_ACTIVATED', permission },
      async tx => {
        const bundle = await tx.engine.getBundle(id);
        if (!bundle) throw new NotFoundError(`No OPA bundle with id ${id}`);
        await activate(tx, bundle, await contentsOf(tx, id));
        return {
          result: (await tx.engine.getBundle(id))!,
          entityType: 'opa-bundle',
          entityId: id,
          details: { name: bundle.name },
        };
      },
    );
    res.json(bundleJson(result));
  });

  router.post('/api/v1/opa/evaluate', async (req: Request, res) => {
    const body = parseInput(evaluateBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: POLICY_DECISION_EVENT },
      async (tx, caller) => {
        const bundle = body.bundleId
          ? await tx.engine.getBundle(body.bundleId)
          : await tx.engine.activeBundle();
        if (!bundle)
          throw new UnprocessableEntityError(
            body.bundleId
              ? `body.bundleId: no OPA bundle with id ${body.bundleId}`
              : 'No OPA bundle is active: upload one and PUT /api/v1/opa/bundles/{id}/activate',
          );
        const entrypoint = body.entrypoint ?? bundle.entrypoints[0];
        if (!entrypoint)
          throw new InputError(
            `Invalid request body: body.entrypoint: required, bundle ${bundle.id} declares none`,
          );
        let input: unknown = body.input;
        let environmentId: string | undefined;
        if (!input && body.sha256Digest) {
          let environment;
          if (body.environmentId)
            environment = await tx.environments.get(body.environmentId);
          else if (body.environmentName)
            environment = await tx.environments.getByName(
              body.org,
              body.environmentName,
            );
          if ((body.environmentId || body.environmentName) && !environment)
            throw new UnprocessableEntityError(
              `body.${body.environmentId ? 'environmentId' : 'environmentName'}: no such environment`,
            );
          const flow = body.flowId
            ? await tx.flows.get(body.flowId)
            : undefined;
          if (body.flowId && !flow)
            throw new UnprocessableEntityError(
              `body.flowId: no flow with id ${body.flowId}`,
            );
          environmentId = environment?.id;
          input = await buildInputDocument(tx, {
            sha256: body.sha256Digest,
            actor: caller.actor,
            environment,
            flow,
            org: body.org,
          });
        } else if (!input) {
          input = {
            artifactName: body.artifactName,
            artifactVersion: body.artifactVersion,
            environment: body.environment,
            attestations: body.attestations ?? [],
            approvalStatus: body.approvalStatus,
          };
        }
        const verdict = await policyEngine.evaluateRego(
          bundle,
          entrypoint,
          input,
          tx.engine,
        );
        // mutate audits this decision and adds its ledger leaf.
        const decision = await tx.engine.recordDecision({
          evaluatedBy: caller.actor,
          bundleId: bundle.id,
          language: 'rego',
          engine: verdict.engine,
          entrypoint,
          allow: verdict.allow,
          violations: verdict.violations,
          result: verdict.result,
          error: verdict.error,
          input,
          sha256: body.sha256Digest,
          environmentId,
          source: 'opa-evaluate',
          orgSlug: bundle.orgSlug,
        });
        return {
          result: decision,
          entityType: 'policy-decision',
          entityId: decision.id,
          details: { bundleId: bundle.id, entrypoint, allow: decision.allow },
        };
      },
    );
    res.json(decisionJson(result));
  });

  router.get('/api/v1/opa/decisions', async (req, res) => {
    await callerOf(ctx, req);
    const filter = parseInput(decisionQuery, req.query, 'query');
    const { policyId, bundleId, gateResultId } = filter;
    res.json(
      (
        await store.engine.listDecisions(
          { policyId, bundleId, gateResultId },
          parsePage(req.query),
        )
      ).map(decisionJson),
    );
  });

  router.get('/api/v1/opa/decisions/:id', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const decision = await store.engine.getDecision(id);
    if (!decision) throw new NotFoundError(`No policy decision with id ${id}`);
    res.json(decisionJson(decision));
  });
}
