import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import { retireFlow } from '../domain/archive';
import {
  assertAgainstPolicies,
  assertInFlow,
  flowsOfAssert,
} from '../domain/kosliAssert';
import { upsertKosliFlow } from '../domain/upsertKosliFlow';
import {
  isSingleStatement,
  kosliAttestationPayload,
  recordKosliAttestation,
} from '../domain/kosliAttestation';
import { complianceOfTrail } from '../domain/complianceOfTrails';
import { digestSchema } from '../domain/digest';
import { requiredTypesFromTemplate } from '../domain/flowTemplate';
import { validateKosliTemplate } from '../domain/kosliTemplate';
import { callerOf, isDryRun, mutate, type RouteContext } from '../http/context';
import { decideAndCommit } from '../policy/decideAndCommit';
import { signStatement } from '../ledger/dsse';
import { kosliPayload } from '../http/kosliPayload';
import { refuseUnreadableReport } from '../http/reportErrors';
import { unstorable } from '../http/storableInput';
import { factstoreFlowManagePermission } from '@fawkes/plugin-factstore-common';
import { kosliTrailCompliance } from '../domain/kosliTrailCompliance';
import { kosliTrailFields } from '../domain/kosliTrailView';
import { nameSchema } from './schemas';
import {
  recordTrailAttestation,
  trailAttestationBody,
} from './trailAttestation';

/*
 * The Kosli v2 API as the Kosli CLI calls it. Writes accept JSON, or multipart with the JSON in a
 * `data_json` field and an optional file (`attachment_file`, `template_file`), as the CLI sends.
 */

export const KOSLI_ATTESTATION_TYPES = [
  'generic',
  'junit',
  'snyk',
  'sonar',
  'jira',
  'custom',
  'override',
  'pull_request',
] as const;

const orgParams = z.object({ org: nameSchema });
const orgFlowParams = z.object({ org: nameSchema, flow: nameSchema });
const kosliAttestationParams = orgFlowParams.extend({
  trail: nameSchema,
  type: z.enum(KOSLI_ATTESTATION_TYPES, {
    message: `must be one of ${KOSLI_ATTESTATION_TYPES.join(', ')}`,
  }),
});
const trailParams = orgFlowParams.extend({ trail: nameSchema });
const openFactstoreAttestationParams = orgFlowParams.extend({
  // Lower-cased as ids are stored, as every UUID path parameter (uuidParam).
  trail: z
    .uuid({ message: 'must be the UUID of a trail' })
    .transform(s => s.toLowerCase()),
  artifactFingerprint: digestSchema,
});
const assertParams = z.object({ org: nameSchema, sha: digestSchema });
const assertQuery = z.object({
  flow_name: nameSchema.optional(),
  environment_name: nameSchema.optional(),
  policy_name: z.union([z.string(), z.array(z.string())]).optional(),
});

/**
 * A JSON body in OpenFactstore's attestation shape rather than a Kosli payload: it has a `type`
 * and only OpenFactstore's camelCase keys. Kosli's keys are snake_case (attestation_name,
 * is_compliant, junit_results, …), so a Kosli payload that forgot attestation_name still goes to
 * the Kosli parser, which refuses it naming the field, rather than being stored as PENDING.
 */
function isOpenFactstoreAttestation(req: Request): boolean {
  const body: unknown = req.body;
  return (
    !req.is('multipart/form-data') &&
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    'type' in body &&
    Object.keys(body).every(key => !key.includes('_'))
  );
}

/** A template file as Kosli checks it: `Input payload validation failed` names the bad key or type. */
function checkedTemplate(templateYaml: string): string {
  const problem = unstorable(templateYaml, 'template_file');
  if (problem) throw new InputError(`Invalid multipart body: ${problem}`);
  try {
    validateKosliTemplate(templateYaml);
  } catch (error) {
    throw new InputError(
      `Input payload validation failed: template_file: ${(error as Error).message}`,
    );
  }
  return templateYaml;
}

async function flowByName(store: FactStore, org: string, name: string) {
  const flow = await store.flows.getByName(org, name);
  if (!flow)
    throw new NotFoundError(`Flow "${name}" does not exist in org "${org}"`);
  return flow;
}

const gitCommitInfo = z.looseObject({
  sha1: z.string().max(64).optional(),
  branch: z.string().max(255).optional(),
  author: z.string().max(255).optional(),
});

const flowPayload = z.object({
  name: nameSchema,
  description: z.string().max(4000).default(''),
  visibility: z.string().optional(),
  template: z
    .array(
      z
        .string()
        .regex(
          /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
          'must be attestation names',
        ),
    )
    .max(100)
    .optional(),
});

const trailPayload = z.object({
  name: nameSchema,
  description: z.string().max(4000).default(''),
  git_commit_info: gitCommitInfo.optional(),
  repo_info: z.record(z.string(), z.unknown()).optional(),
  user_data: z.unknown().optional(),
  external_urls: z.record(z.string(), z.unknown()).optional(),
  origin_url: z.string().max(2000).optional(),
});

const artifactPayload = z.object({
  fingerprint: digestSchema,
  filename: z.string().min(1).max(512),
  // `kosli report artifact` (legacy, no trail): the artifact's commit names its trail.
  trail_name: nameSchema.optional(),
  template_reference_name: z.string().max(255).optional(),
  git_commit: z.string().max(64).optional(),
  git_commit_info: gitCommitInfo.optional(),
  build_url: z.string().max(2000).optional(),
  commit_url: z.string().max(2000).optional(),
  repo_url: z.string().max(2000).optional(),
  repo_info: z.record(z.string(), z.unknown()).optional(),
  external_urls: z.record(z.string(), z.unknown()).optional(),
  annotations: z.record(z.string(), z.unknown()).optional(),
});

/**
 * The trail an artifact is reported in: the named one, or for a legacy `report artifact` (no
 * trail) the trail named after its commit, begun when it does not exist yet.
 */
async function trailOfArtifact(
  tx: FactStore,
  flowId: string,
  flowName: string,
  body: z.output<typeof artifactPayload>,
  actor: string,
) {
  if (body.trail_name) {
    const trail = await tx.trails.getByName(flowId, body.trail_name);
    if (!trail)
      throw new NotFoundError(
        `Trail "${body.trail_name}" does not exist in flow "${flowName}"`,
      );
    return trail;
  }
  const commit = body.git_commit || body.git_commit_info?.sha1;
  if (!commit || !nameSchema.safeParse(commit).success)
    throw new InputError(
      'Invalid request body: body.trail_name: name the trail (or send git_commit, which names it)',
    );
  return (
    (await tx.trails.getByName(flowId, commit)) ??
    (
      await tx.trails.upsertByName(
        {
          flowId,
          name: commit,
          description: '',
          gitCommitSha: commit,
          extra: {},
        },
        actor,
      )
    ).trail
  );
}

export function kosliRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  const createFlow = async (
    req: Request,
    data: unknown,
    templateYaml?: string,
  ) => {
    const { org } = parseInput(orgParams, req.params, 'params');
    const body = parseInput(flowPayload, data, 'body');
    // Legacy `kosli create flow --template artifact,unit-test`: the evidence names an artifact needs.
    let required: string[] | undefined = body.template?.filter(
      name => name !== 'artifact',
    );
    if (templateYaml !== undefined)
      required = requiredTypesFromTemplate(checkedTemplate(templateYaml));
    // PUT creates or updates: the CLI runs `create flow` on every pipeline run, often from parallel
    // jobs; one that loses the race to create reruns and updates.
    return mutate(
      ctx,
      req,
      {
        eventType: 'FLOW_UPSERTED',
        permission: factstoreFlowManagePermission,
        retriesOnUniqueViolation: 1,
      },
      async (tx, caller) => {
        const upserted = await upsertKosliFlow(
          tx,
          {
            org,
            name: body.name,
            description: body.description,
            requiredAttestations: required,
            templateYaml,
          },
          caller.actor,
        );
        return {
          result: upserted,
          entityType: 'flow',
          entityId: upserted.flow.id,
          details: { org, name: body.name },
        };
      },
    );
  };

  router.put('/api/v2/flows/:org', async (req, res) => {
    await callerOf(ctx, req);
    const { data, file } = await kosliPayload(req, ctx);
    const { result } = await createFlow(
      req,
      data,
      file?.content.toString('utf8'),
    );
    res.status(result.created ? 201 : 200).json(result.flow);
  });

  // kosli archive flow NAME
  router.put('/api/v2/flows/:org/:flow/archive', async (req, res) => {
    const { org, flow: name } = parseInput(orgFlowParams, req.params, 'params');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'FLOW_ARCHIVED', permission: factstoreFlowManagePermission },
      async (tx, caller) => {
        const flow = await flowByName(tx, org, name);
        const done = await retireFlow(tx, flow.id, {
          archive: true,
          actor: caller.actor,
        });
        return {
          result: done.flow,
          entityType: 'flow',
          entityId: flow.id,
          details: { org, name },
        };
      },
    );
    res.json(result);
  });

  router.put('/api/v2/flows/:org/template_file', async (req, res) => {
    await callerOf(ctx, req);
    const { data, file } = await kosliPayload(req, ctx);
    if (!file)
      throw new InputError(
        'Invalid multipart body: the template_file file is required',
      );
    const { result } = await createFlow(
      req,
      data,
      file.content.toString('utf8'),
    );
    res.status(result.created ? 201 : 200).json(result.flow);
  });

  router.put('/api/v2/trails/:org/:flow', async (req, res) => {
    await callerOf(ctx, req);
    const { org, flow: flowName } = parseInput(
      orgFlowParams,
      req.params,
      'params',
    );
    const { data, file } = await kosliPayload(req, ctx);
    const body = parseInput(trailPayload, data, 'body');
    // `kosli begin trail --template-file`: this trail's own template, instead of the flow's.
    const templateYaml = file && checkedTemplate(file.content.toString('utf8'));
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'TRAIL_BEGUN', retriesOnUniqueViolation: 1 },
      async (tx, caller) => {
        const flow = await flowByName(tx, org, flowName);
        const commit = body.git_commit_info;
        const upserted = await tx.trails.upsertByName(
          {
            flowId: flow.id,
            name: body.name,
            description: body.description,
            gitCommitSha: commit?.sha1,
            gitBranch: commit?.branch,
            gitAuthor: commit?.author,
            originUrl: body.origin_url,
            extra: {
              git_commit_info: commit,
              repo_info: body.repo_info,
              user_data: body.user_data,
              external_urls: body.external_urls,
              ...(templateYaml !== undefined
                ? { template_yaml: templateYaml }
                : {}),
            },
          },
          caller.actor,
        );
        const answer = {
          ...upserted.trail,
          ...kosliTrailCompliance(await complianceOfTrail(tx, upserted.trail)),
        };
        return {
          result: { ...upserted, answer },
          entityType: 'trail',
          entityId: upserted.trail.id,
          trailId: upserted.trail.id,
          details: { flow: flowName, name: body.name },
        };
      },
    );
    res.status(result.created ? 201 : 200).json(result.answer);
  });

  // kosli get trail NAME --flow F
  router.get('/api/v2/trails/:org/:flow/:trail', async (req, res) => {
    await callerOf(ctx, req);
    const {
      org,
      flow: flowName,
      trail: trailName,
    } = parseInput(trailParams, req.params, 'params');
    const flow = await flowByName(store, org, flowName);
    const trail = await store.trails.getByName(flow.id, trailName);
    if (!trail)
      throw new NotFoundError(
        `Trail "${trailName}" does not exist in flow "${flowName}"`,
      );
    res.json({
      ...trail,
      ...kosliTrailFields(trail),
      ...kosliTrailCompliance(await complianceOfTrail(store, trail)),
    });
  });

  router.post('/api/v2/artifacts/:org/:flow', async (req, res) => {
    await callerOf(ctx, req);
    const { org, flow: flowName } = parseInput(
      orgFlowParams,
      req.params,
      'params',
    );
    const { data } = await kosliPayload(req, ctx);
    const body = parseInput(artifactPayload, data, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'ARTIFACT_REPORTED' },
      async (tx, caller) => {
        const flow = await flowByName(tx, org, flowName);
        const trail = await trailOfArtifact(
          tx,
          flow.id,
          flowName,
          body,
          caller.actor,
        );
        const reported = await tx.artifacts.report(
          {
            trailId: trail.id,
            sha256: body.fingerprint,
            name: body.filename,
            templateReferenceName: body.template_reference_name,
            extra: {
              git_commit: body.git_commit,
              build_url: body.build_url,
              commit_url: body.commit_url,
              repo_url: body.repo_url,
              annotations: body.annotations,
              external_urls: body.external_urls,
            },
          },
          caller.actor,
        );
        return {
          result: reported,
          entityType: 'artifact',
          entityId: reported.artifact.id,
          trailId: trail.id,
          details: { sha256: body.fingerprint },
        };
      },
    );
    res
      .status(result.created ? 201 : 200)
      .json({ ...result.artifact, fingerprint: result.artifact.sha256 });
  });

  const recordAttestation = async (
    req: Request,
    org: string,
    flowName: string,
    trail: { name: string } | { id: string },
    pathType?: string,
    fingerprint?: string,
  ) => {
    const { data, file } = await kosliPayload(req, ctx);
    const payload = parseInput(kosliAttestationPayload, data, 'body');
    const request = {
      org,
      flow: flowName,
      trail,
      type: pathType,
      fingerprint,
      payload,
      file,
    };
    const eventType = 'ATTESTATION_RECORDED';
    const selfAudited = isSingleStatement(request);
    const spec = { eventType, selfAudited, selfLedgered: selfAudited };
    return mutate(ctx, req, spec, async (tx, caller) => {
      const attestation = await recordKosliAttestation(
        tx,
        { ...request, actor: caller.actor },
        {
          eventType,
          selfAudited,
          leafOf: recorded =>
            ctx.ledger.leafOf({
              eventType,
              recordType: 'attestation',
              recordId: recorded.id,
              trailId: recorded.trailId,
              actor: caller.actor,
              details: { type: recorded.type, status: recorded.status },
              content: recorded,
            }),
        },
      );
      return {
        result: attestation,
        entityType: 'attestation',
        entityId: attestation.id,
        trailId: attestation.trailId,
        details: { type: attestation.type, status: attestation.status },
      };
    }).catch(refuseUnreadableReport('attachment_file'));
  };

  router.post(
    '/api/v2/attestations/:org/:flow/trail/:trail/:type',
    async (req, res) => {
      await callerOf(ctx, req);
      const params = parseInput(kosliAttestationParams, req.params, 'params');
      const { result } = await recordAttestation(
        req,
        params.org,
        params.flow,
        { name: params.trail },
        params.type,
      );
      res.status(201).json(result);
    },
  );

  // OpenFactstore's own v2 shape: the trail by id, the artifact in the path, the type in the
  // payload; its body is OpenFactstore's attestation request ({type, status, …}, as its v1 route
  // takes) or, with any snake_case key, a Kosli payload (see isOpenFactstoreAttestation).
  router.post(
    '/api/v2/attestations/:org/:flow/:trail/:artifactFingerprint',
    async (req, res) => {
      await callerOf(ctx, req);
      const params = parseInput(
        openFactstoreAttestationParams,
        req.params,
        'params',
      );
      if (isOpenFactstoreAttestation(req)) {
        const body = parseInput(trailAttestationBody, req.body, 'body');
        const flow = await flowByName(store, params.org, params.flow);
        const trail = await store.trails.get(params.trail);
        if (!trail || trail.flowId !== flow.id)
          throw new NotFoundError(
            `No trail with id ${params.trail} in flow "${params.flow}"`,
          );
        const recorded = await recordTrailAttestation(ctx, req, trail.id, {
          ...body,
          artifactSha256: params.artifactFingerprint,
        });
        res.status(201).json(recorded);
        return;
      }
      const { result } = await recordAttestation(
        req,
        params.org,
        params.flow,
        { id: params.trail },
        undefined,
        params.artifactFingerprint,
      );
      res.status(201).json(result);
    },
  );

  router.get('/api/v2/asserts/:org/fingerprint/:sha', async (req, res) => {
    const caller = await callerOf(ctx, req);
    const { org, sha } = parseInput(assertParams, req.params, 'params');
    const query = parseInput(assertQuery, req.query, 'query');
    const htmlUrl = `${req.protocol}://${req.get('host')}${req.baseUrl}`;
    if (
      query.policy_name !== undefined ||
      query.environment_name !== undefined
    ) {
      // The policies attached to the environment decide too; each decision is stored and audited.
      const dryRun = isDryRun(req);
      const answer = await assertAgainstPolicies(
        store,
        { org, sha, ...query, whenNoPolicy: ctx.settings.gateWhenNoPolicy },
        (environment, flow) =>
          decideAndCommit(ctx, dryRun, {
            actor: caller.actor,
            sha256: sha,
            environment,
            flow,
            org,
            source: 'assert',
          }),
      );
      // The CLI prints each flow's attestations after the policies (`flows` must be an array).
      const inFlow =
        answer.flow &&
        (await assertInFlow(store, {
          org,
          sha,
          flowName: answer.flow,
          verifierId: ctx.settings.verifierId,
        }));
      res.json({
        ...answer,
        flows: inFlow ? flowsOfAssert(inFlow.answer) : [],
        html_url: `${htmlUrl}/api/v1/gate/results`,
      });
      return;
    }
    const { answer, trailId } = await assertInFlow(store, {
      org,
      sha,
      flowName: query.flow_name,
      verifierId: ctx.settings.verifierId,
    });
    res.json({
      ...answer,
      flows: flowsOfAssert(answer),
      html_url: `${htmlUrl}/api/v1/trails/${trailId}`,
      verification_summary_envelope: signStatement(
        answer.verification_summary,
        ctx.ledger.key,
      ),
    });
  });
}
