import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import { digestSchema } from '../domain/digest';
import {
  kosliArtifactView,
  kosliAttestationView,
} from '../domain/kosliArtifactView';
import { callerOf, type RouteContext } from '../http/context';
import { INT_MAX, nameSchema } from './schemas';

const orgParams = z.object({ org: nameSchema });
const orgFlowParams = orgParams.extend({ flow: nameSchema });
const fingerprintParams = orgFlowParams.extend({ sha: digestSchema });
const commitParams = orgFlowParams.extend({
  sha: z.string().regex(/^[0-9a-fA-F]{7,64}$/, 'must be a git commit sha'),
});
const searchParams = orgParams.extend({
  sha: z
    .string()
    .regex(
      /^[0-9a-fA-F]{4,64}$/,
      'must be 4-64 hex digits of a fingerprint or a commit',
    ),
});
const trailQuery = z.object({ trail: nameSchema.optional() });
const branchQuery = z.object({ branch: z.string().max(255).optional() });
const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(INT_MAX).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(15),
  flow_name: nameSchema.optional(),
  repo_name: z.string().max(255).optional(),
});
const attestationQuery = z.object({
  attestation_id: z.uuid({ message: 'must be the id of an attestation' }),
});
const attestationByNameParams = orgFlowParams.extend({
  trail: nameSchema,
  name: z.string().min(1).max(255),
});
const attestationOfArtifactParams = orgFlowParams.extend({
  sha: digestSchema,
  name: z.string().min(1).max(255),
});

const htmlBaseOf = (req: Request) =>
  `${req.protocol}://${req.get('host')}${req.baseUrl}`;

async function flowOf(store: FactStore, org: string, name: string) {
  const flow = await store.flows.getByName(org, name);
  if (!flow)
    throw new NotFoundError(`Flow "${name}" does not exist in org "${org}"`);
  return flow;
}

/**
 * Kosli v2 reads of artifacts and attestations: `kosli get artifact`, `list artifacts`, `search`,
 * `get attestation` and the attestation detail `kosli evaluate trail(s)` fetches; `kosli status`.
 */
export function kosliArtifactRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  // kosli status: the body is printed as it is.
  router.get('/ready', async (req, res) => {
    await callerOf(ctx, req);
    await store.flows.ping();
    res.type('text/plain').send('OK');
  });

  // kosli get artifact FLOW@FINGERPRINT [--trail T]: one artifact
  router.get(
    '/api/v2/artifacts/:org/:flow/fingerprint/:sha',
    async (req, res) => {
      await callerOf(ctx, req);
      const {
        org,
        flow: flowName,
        sha,
      } = parseInput(fingerprintParams, req.params, 'params');
      const { trail } = parseInput(trailQuery, req.query, 'query');
      const flow = await flowOf(store, org, flowName);
      const reported = (await store.artifacts.reportsInFlow(flow.id, sha)).find(
        a => !trail || a.trailName === trail,
      );
      if (!reported)
        throw new NotFoundError(
          `No artifact with fingerprint ${sha} in flow "${flowName}"`,
        );
      res.json(await kosliArtifactView(store, org, reported, htmlBaseOf(req)));
    },
  );

  // kosli get artifact FLOW:COMMIT: every artifact built from that commit (a list)
  router.get(
    '/api/v2/artifacts/:org/:flow/commit_sha/:sha',
    async (req, res) => {
      await callerOf(ctx, req);
      const params = parseInput(commitParams, req.params, 'params');
      const { trail } = parseInput(trailQuery, req.query, 'query');
      const flow = await flowOf(store, params.org, params.flow);
      const { byCommit } = await store.artifacts.findByPrefix(
        params.org,
        params.sha,
        1000,
      );
      const found = byCommit.filter(
        a => a.flowId === flow.id && (!trail || a.trailName === trail),
      );
      if (found.length === 0)
        throw new NotFoundError(
          `No artifact built from commit ${params.sha} in flow "${params.flow}"`,
        );
      res.json(
        await Promise.all(
          found.map(a =>
            kosliArtifactView(store, params.org, a, htmlBaseOf(req)),
          ),
        ),
      );
    },
  );

  // kosli report artifact: the commit of the flow's latest artifact (on a branch), to list commits since
  router.get(
    '/api/v2/artifacts/:org/:flow/:sha/latest_commit',
    async (req, res) => {
      await callerOf(ctx, req);
      const params = parseInput(fingerprintParams, req.params, 'params');
      const { branch } = parseInput(branchQuery, req.query, 'query');
      const flow = await flowOf(store, params.org, params.flow);
      const latest = await store.artifacts.listInOrg(
        { org: params.org, flowId: flow.id },
        { limit: 1000, offset: 0 },
      );
      for (const artifact of latest) {
        const trail = await store.trails.get(artifact.trailId);
        if (branch && trail?.gitBranch !== branch) continue;
        const commit = artifact.extra.git_commit ?? trail?.gitCommitSha;
        if (typeof commit === 'string' && commit) {
          res.json({ latest_commit: commit });
          return;
        }
      }
      res.json({ latest_commit: null });
    },
  );

  // kosli list artifacts --flow F (newest first, a page)
  router.get('/api/v2/artifacts/:org', async (req, res) => {
    await callerOf(ctx, req);
    const { org } = parseInput(orgParams, req.params, 'params');
    const query = parseInput(listQuery, req.query, 'query');
    const flow = query.flow_name
      ? await flowOf(store, org, query.flow_name)
      : undefined;
    const page = await store.artifacts.listInOrg(
      { org, flowId: flow?.id },
      { limit: query.per_page, offset: (query.page - 1) * query.per_page },
    );
    res.json(
      await Promise.all(
        page.map(a => kosliArtifactView(store, org, a, htmlBaseOf(req))),
      ),
    );
  });

  // kosli search SHA: a fingerprint or a commit, whole or its start
  router.get('/api/v2/search/:org/sha/:sha', async (req, res) => {
    await callerOf(ctx, req);
    const { org, sha } = parseInput(searchParams, req.params, 'params');
    const { byDigest, byCommit } = await store.artifacts.findByPrefix(
      org,
      sha,
      100,
    );
    const fingerprints = [...new Set(byDigest.map(a => a.sha256))];
    const commits = [
      ...new Set(
        await Promise.all(
          byCommit.map(
            async a => (await store.trails.get(a.trailId))?.gitCommitSha ?? '',
          ),
        ),
      ),
    ].filter(Boolean);
    if (fingerprints.length + commits.length === 0)
      throw new NotFoundError(
        `No fingerprint or commit starting with ${sha} in org "${org}"`,
      );
    let type = 'mixed';
    let fullMatch = '';
    if (fingerprints.length === 1 && commits.length === 0) {
      type = 'fingerprint';
      fullMatch = fingerprints[0];
    } else if (commits.length === 1 && fingerprints.length === 0) {
      type = 'commit';
      fullMatch = commits[0];
    }
    const seen = new Set<string>();
    const artifacts = [];
    for (const a of [...byDigest, ...byCommit]) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const view = await kosliArtifactView(store, org, a, htmlBaseOf(req));
      artifacts.push({
        fingerprint: view.fingerprint,
        name: view.filename,
        flow: view.flow_name,
        trail: view.trail_name,
        git_commit: view.git_commit,
        has_provenance: true,
        commit_url: view.commit_url,
        build_url: view.build_url,
        html_url: view.html_url,
        compliance_state: view.state,
        running_in: view.running.map(
          r => `${r.environment_name}#${r.snapshot_index}`,
        ),
        exited_from: view.exited.map(
          r => `${r.environment_name}#${r.snapshot_index}`,
        ),
        history: view.history,
      });
    }
    res.json({
      resolved_to: {
        type,
        full_match: fullMatch,
        fingerprints: {
          type: 'fingerprint',
          count: fingerprints.length,
          matches: fingerprints,
        },
        commits: { type: 'commit', count: commits.length, matches: commits },
      },
      artifacts,
    });
  });

  /** An attestation's flow must be in the org asked about. */
  const attestationInOrg = async (org: string, id: string) => {
    const attestation = await store.attestations.get(id);
    const trail = attestation && (await store.trails.get(attestation.trailId));
    const flow = trail && (await store.flows.get(trail.flowId));
    if (!attestation || flow?.org !== org)
      throw new NotFoundError(`No attestation ${id} in org "${org}"`);
    return attestation;
  };

  // kosli get attestation --attestation-id ID, and kosli evaluate trail(s): {data: [detail]}
  router.get('/api/v2/attestations/:org', async (req, res) => {
    await callerOf(ctx, req);
    const { org } = parseInput(orgParams, req.params, 'params');
    const { attestation_id: id } = parseInput(
      attestationQuery,
      req.query,
      'query',
    );
    const attestation = await attestationInOrg(org, id);
    res.json({ data: [kosliAttestationView(attestation, htmlBaseOf(req))] });
  });

  /** Every attestation of that name in a trail (optionally about one artifact), oldest first. */
  const attestationsNamed = async (
    org: string,
    flowName: string,
    trailFilter: { trail?: string; sha?: string },
    name: string,
  ) => {
    const flow = await flowOf(store, org, flowName);
    const trailIds = trailFilter.trail
      ? [(await store.trails.getByName(flow.id, trailFilter.trail))?.id]
      : (await store.artifacts.reportsInFlow(flow.id, trailFilter.sha!)).map(
          a => a.trailId,
        );
    const found = [];
    for (const trailId of new Set(trailIds))
      if (trailId)
        found.push(
          ...(
            await store.attestations.list(trailId, { limit: 1000, offset: 0 })
          ).filter(
            a =>
              a.name === name &&
              (!trailFilter.sha || a.artifactSha256 === trailFilter.sha),
          ),
        );
    if (found.length === 0)
      throw new NotFoundError(
        `No attestation "${name}" there in flow "${flowName}"`,
      );
    return found;
  };

  // kosli get attestation NAME --flow F (--trail T | --fingerprint SHA): every one of that name
  const byName =
    (
      schema:
        typeof attestationByNameParams | typeof attestationOfArtifactParams,
    ) =>
    async (req: Request, res: Response) => {
      await callerOf(ctx, req);
      const p: {
        org: string;
        flow: string;
        name: string;
        trail?: string;
        sha?: string;
      } = parseInput(schema, req.params, 'params');
      const found = await attestationsNamed(
        p.org,
        p.flow,
        { trail: p.trail, sha: p.sha },
        p.name,
      );
      res.json(found.map(a => kosliAttestationView(a, htmlBaseOf(req))));
    };
  router.get(
    '/api/v2/attestations/:org/:flow/trail/:trail/:name',
    byName(attestationByNameParams),
  );
  router.get(
    '/api/v2/attestations/:org/:flow/artifact/:sha/:name',
    byName(attestationOfArtifactParams),
  );
}
