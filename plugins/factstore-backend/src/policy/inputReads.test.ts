import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '@fawkes/test-kit';
import type { Knex } from 'knex';
import {
  recordAttestation,
  type TestAttestation,
} from '../__testUtils__/attestations';
import { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { readAssertFacts } from '../domain/assertArtifact';
import type { RunningArtifact } from '../domain/snapshotDiff';
import { assertFactsOf, readInputs } from './inputReads';

const databases = createTestDatabases();
jest.setTimeout(120_000);

const SHA = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const ACTOR = 'user:default/test';

/**
 * Assert with policies attached takes its facts from the policies' reads instead of reading them
 * itself: on the same store the two must give the same facts, requirement by requirement.
 */
describe.each(databases.eachSupportedId())(
  'assertFactsOf(readInputs) against readAssertFacts on %s',
  databaseId => {
    let knex: Knex;
    let store: FactStore;
    let trailId: string;

    let flows = 0;
    const flowRequiring = (
      requiredAttestations: string[],
      requiresApproval: boolean,
    ) =>
      store.flows.create(
        {
          org: 'default',
          name: `flow-${(flows += 1)}`,
          description: '',
          requiredAttestations,
          tags: {},
          requiresApproval,
        },
        ACTOR,
      );
    const attest = (...attestation: TestAttestation) =>
      recordAttestation(store.attestations, trailId, ...attestation);
    const trailOf = async (flow: Flow) => {
      const trail = await store.trails.create(
        { flowId: flow.id, name: 'build-1', description: '', extra: {} },
        ACTOR,
      );
      await store.artifacts.report(
        { trailId: trail.id, sha256: SHA, name: 'app:1', extra: {} },
        ACTOR,
      );
      return trail.id;
    };
    /** An environment that allow-lists SHA, with these snapshots in order. */
    const environmentAllowingSha = async (
      name: string,
      ...snapshots: RunningArtifact[][]
    ) => {
      const environment = await store.environments.create(
        { org: 'default', name, type: 'K8S', description: '', members: [] },
        ACTOR,
      );
      await store.environments.addAllowlistEntry({
        environmentId: environment.id,
        sha256: SHA,
        reason: 'hotfix',
        expiresAt: '2030-01-01T00:00:00.000Z',
        createdBy: ACTOR,
      });
      for (const running of snapshots)
        await store.environments.recordSnapshot(environment.id, running, ACTOR);
      return environment;
    };
    const both = async (flow: Flow) => {
      const expected = await readAssertFacts(store, flow, SHA);
      const actual = assertFactsOf(
        await readInputs(store, { sha256: SHA, flow }),
        flow,
      );
      return { expected, actual };
    };

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      await migrateDatabase(mockServices.database({ knex }));
      store = new FactStore(knex);
    });

    it('picks, per requirement by type or by name, the newest trail-wide or about-the-digest attestation', async () => {
      const flow = await flowRequiring(
        ['junit', 'integration', 'snyk', 'trivy', 'sbom'],
        false,
      );
      trailId = await trailOf(flow);
      await attest('junit', 'unit', 'FAILED', SHA);
      await attest('junit', 'unit', 'PASSED', SHA);
      await attest('junit', 'integration', 'PASSED');
      // Newer, by name: answers "integration" and, being newer, "junit" too.
      await attest('junit', 'integration', 'FAILED');
      // Another digest's never answer.
      await attest('snyk', 'snyk', 'FAILED', OTHER);
      await attest('snyk', 'snyk', 'PASSED', SHA);
      await attest('snyk', 'snyk', 'FAILED', OTHER);
      // A name equal to another requirement's type.
      await attest('generic', 'trivy', 'PASSED');
      await attest('trivy', 'container', 'FAILED', SHA);

      const { expected, actual } = await both(flow);
      expect([...actual.latest.keys()]).toEqual(flow.requiredAttestations);
      expect(actual).toEqual(expected);
      expect(actual.latest.get('junit')).toMatchObject({
        name: 'integration',
        status: 'FAILED',
      });
      expect(actual.latest.get('snyk')).toMatchObject({ status: 'PASSED' });
      expect(actual.latest.get('trivy')).toMatchObject({
        type: 'trivy',
        status: 'FAILED',
      });
      expect(actual.latest.get('sbom')).toBeUndefined();
      // What assert reports of an attestation, no more.
      expect(Object.keys(actual.latest.get('junit')!).sort()).toEqual(
        Object.keys(expected.latest.get('junit')!).sort(),
      );
    });

    it('takes the latest approval when the flow requires one, and thresholds only with scans', async () => {
      const flow = await flowRequiring(['junit'], true);
      trailId = await trailOf(flow);
      await attest('junit', 'unit', 'PASSED', SHA);
      const first = await store.approvals.request(trailId, 'first', ACTOR);
      await new Promise(resolve => setTimeout(resolve, 5));
      const second = await store.approvals.request(trailId, 'second', ACTOR);
      await store.approvals.decide(first.id, 'APPROVED', ACTOR, 'ok');
      await store.flows.setThresholds(flow.id, {
        maxCritical: 0,
        maxHigh: 1,
        maxMedium: 5,
        maxLow: null,
        updatedBy: ACTOR,
      });

      let { expected, actual } = await both(flow);
      expect(actual).toEqual(expected);
      expect(actual.approval?.id).toBe(second.id);
      expect(actual.thresholds).toBeUndefined();

      await store.scans.record({
        trailId,
        artifactSha256: SHA,
        name: 'trivy',
        format: 'trivy-json',
        tool: 'trivy',
        counts: { critical: 2, high: 0, medium: 0, low: 0, unknown: 0 },
        statement: {},
        scannedBy: ACTOR,
      });
      ({ expected, actual } = await both(flow));
      expect(actual).toEqual(expected);
      expect(actual.scans).toHaveLength(1);
      expect(actual.thresholds).toMatchObject({ maxCritical: 0, maxHigh: 1 });
    });

    it('reads in one statement on PostgreSQL what each store reads on its own', async () => {
      const flow = await flowRequiring(['junit'], true);
      trailId = await trailOf(flow);
      await attest('junit', 'unit', 'FAILED', SHA);
      await attest('junit', 'unit', 'PASSED', SHA);
      await attest('sast', 'sast', 'PASSED');
      await attest('snyk', 'snyk', 'FAILED', OTHER);
      await store.approvals.request(trailId, 'first', ACTOR);
      await new Promise(resolve => setTimeout(resolve, 5));
      await store.approvals.request(trailId, 'second', ACTOR);
      await store.flows.setThresholds(flow.id, {
        maxCritical: 0,
        maxHigh: 2,
        maxMedium: 10,
        maxLow: 50,
        updatedBy: ACTOR,
      });
      const scan = (name: string, critical: number, artifactSha256?: string) =>
        store.scans.record({
          trailId,
          artifactSha256,
          name,
          format: 'trivy-json',
          tool: 'trivy',
          toolVersion: '0.58.1',
          counts: { critical, high: 1, medium: 0, low: 0, unknown: 0 },
          statement: {},
          scannedBy: ACTOR,
        });
      await scan('image', 3, SHA);
      await scan('image', 0, SHA);
      await scan('fs', 1);
      await scan('other', 9, OTHER);
      const environment = await environmentAllowingSha(
        `prod-${databaseId}`,
        [{ name: 'app', sha256: OTHER }],
        [{ name: 'app', sha256: SHA, instance: 'pod-1' }],
      );

      const expected = {
        trail: await store.trails.get(trailId),
        latest: await store.attestations.latestAbout(trailId, SHA),
        approvals: await store.approvals.list({ trailId }),
        thresholds: await store.flows.getThresholds(flow.id),
        allowlist: await store.environments.allowlist(environment.id),
        snapshot: await store.environments.latestSnapshot(environment.id),
        scans: await store.scans.latestFor(trailId, SHA),
      };
      expect(expected.latest.map(a => a.name)).toEqual(['unit', 'sast']);
      expect(expected.scans.map(s => s.counts.critical)).toEqual([0, 1]);
      const atOnce = await store.decisionInputs.readAtOnce({
        sha256: SHA,
        trailId,
        flowId: flow.id,
        environmentId: environment.id,
      });
      expect(atOnce).toEqual(
        databaseId.startsWith('POSTGRES') ? expected : undefined,
      );
      const reads = await readInputs(store, {
        sha256: SHA,
        flow,
        environment,
      });
      expect(reads).toEqual({
        ...expected,
        artifact: expect.objectContaining({ trailId, sha256: SHA }),
        flow,
      });
    });

    it("reads an assert's flow, report, environment, policies and inputs in one statement on PostgreSQL", async () => {
      const flow = await flowRequiring(['junit'], false);
      trailId = await trailOf(flow);
      await attest('junit', 'unit', 'PASSED', SHA);
      const environment = await store.environments.create(
        {
          org: 'default',
          name: `staging-${databaseId}`,
          type: 'K8S',
          description: '',
          members: ['user:default/ops'],
        },
        ACTOR,
      );
      for (const name of ['zeta', 'alpha']) {
        const policy = await store.engine.createPolicy(
          {
            name: `${name}-${databaseId}`,
            description: '',
            language: 'cel',
            rules: [{ name: 'reported', expression: 'artifact != null' }],
            enforceProvenance: true,
            enforceTrailCompliance: false,
            requiredAttestationTypes: ['junit'],
          },
          ACTOR,
        );
        await store.engine.attach(policy.id, environment.id, ACTOR);
      }
      const oneByOne = async (
        environmentOf: () => Promise<typeof environment | undefined>,
      ) => {
        const env = await environmentOf();
        const artifact = await store.artifacts.latestInFlow(SHA, {
          flowId: flow.id,
        });
        const {
          artifact: _,
          flow: __,
          ...inputs
        } = await readInputs(store, {
          sha256: SHA,
          flow,
          environment: env,
        });
        return {
          flow: await store.flows.get(flow.id),
          artifact,
          environment: env,
          attached: env ? await store.engine.attachedTo(env.id) : [],
          inputs,
        };
      };
      const pg = databaseId.startsWith('POSTGRES');
      const keys = { flowId: flow.id, sha256: SHA, org: 'default' };

      const byId = await oneByOne(() => store.environments.get(environment.id));
      expect(byId.attached.map(p => p.name)).toEqual([
        `alpha-${databaseId}`,
        `zeta-${databaseId}`,
      ]);
      expect(
        await store.assertReads.readAtOnce({
          ...keys,
          environmentId: environment.id,
        }),
      ).toEqual(pg ? byId : undefined);
      expect(
        await store.assertReads.readAtOnce({
          ...keys,
          environmentName: environment.name,
        }),
      ).toEqual(pg ? byId : undefined);
      // No environment, so no policy: only what the verdict reads (the flow requires no approval).
      const plain = await oneByOne(async () => undefined);
      expect(await store.assertReads.readAtOnce(keys)).toEqual(
        pg
          ? { ...plain, inputs: { ...plain.inputs, trail: undefined } }
          : undefined,
      );

      // An archived environment is found by id only; an unknown flow or digest finds nothing.
      await store.environments.archive(environment.id, ACTOR);
      const byName = await store.assertReads.readAtOnce({
        ...keys,
        environmentName: environment.name,
      });
      const unknown = await store.assertReads.readAtOnce({
        ...keys,
        flowId: '00000000-0000-4000-8000-000000000000',
        sha256: OTHER,
      });
      const found = (reads: typeof byName) =>
        reads && {
          environment: reads.environment,
          attached: reads.attached,
          flow: reads.flow,
          artifact: reads.artifact,
          latest: reads.inputs.latest,
        };
      expect([found(byName), found(unknown)]).toEqual(
        pg
          ? [
              {
                environment: undefined,
                attached: [],
                flow: byId.flow,
                artifact: byId.artifact,
                latest: byId.inputs.latest,
              },
              {
                environment: undefined,
                attached: [],
                flow: undefined,
                artifact: undefined,
                latest: [],
              },
            ]
          : [undefined, undefined],
      );
    });

    it('reads for a plain assert on PostgreSQL only what the verdict reads, everything once a policy is attached', async () => {
      const approving = await flowRequiring(['junit'], true);
      const approvingTrail = (trailId = await trailOf(approving));
      await attest('junit', 'unit', 'PASSED', SHA);
      const first = await store.approvals.request(trailId, 'first', ACTOR);
      await new Promise(resolve => setTimeout(resolve, 5));
      const newest = await store.approvals.request(trailId, 'second', ACTOR);
      const notApproving = await flowRequiring(['junit'], false);
      trailId = await trailOf(notApproving);
      await attest('junit', 'unit', 'FAILED', SHA);
      await store.approvals.request(trailId, 'unasked', ACTOR);
      const environment = await environmentAllowingSha(`plain-${databaseId}`, [
        { name: 'app', sha256: SHA },
      ]);
      const pg = databaseId.startsWith('POSTGRES');
      const read = async (flow: Flow, environmentId?: string) => {
        const reads = await store.assertReads.readAtOnce({
          flowId: flow.id,
          sha256: SHA,
          org: 'default',
          environmentId,
        });
        return (
          reads && {
            trail: reads.inputs.trail?.id,
            approvals: reads.inputs.approvals.map(a => a.id),
            allowlist: reads.inputs.allowlist.length,
            snapshot: reads.inputs.snapshot?.environmentId,
            facts: assertFactsOf(
              { ...reads.inputs, artifact: reads.artifact, flow },
              flow,
            ),
          }
        );
      };
      const plain = async (flow: Flow, approvals: string[]) => ({
        trail: undefined,
        approvals,
        allowlist: 0,
        snapshot: undefined,
        facts: await readAssertFacts(store, flow, SHA),
      });
      const expected = [
        await plain(approving, [newest.id]),
        await plain(approving, [newest.id]),
        await plain(notApproving, []),
        await plain(notApproving, []),
      ];
      expect(expected[0].facts.approval?.id).toBe(newest.id);
      expect(expected[2].facts.latest.get('junit')?.status).toBe('FAILED');
      expect([
        await read(approving),
        await read(approving, environment.id),
        await read(notApproving),
        await read(notApproving, environment.id),
      ]).toEqual(pg ? expected : [undefined, undefined, undefined, undefined]);

      const policy = await store.engine.createPolicy(
        {
          name: `plain-${databaseId}`,
          description: '',
          language: 'cel',
          rules: [{ name: 'reported', expression: 'artifact != null' }],
          enforceProvenance: false,
          enforceTrailCompliance: false,
          requiredAttestationTypes: [],
        },
        ACTOR,
      );
      await store.engine.attach(policy.id, environment.id, ACTOR);
      expect(await read(approving, environment.id)).toEqual(
        pg
          ? {
              trail: approvingTrail,
              approvals: [newest.id, first.id],
              allowlist: 1,
              snapshot: environment.id,
              facts: expected[0].facts,
            }
          : undefined,
      );
    });

    it('finds nothing for a digest the flow never saw', async () => {
      const flow = await flowRequiring(['junit'], false);
      const expected = await readAssertFacts(store, flow, OTHER);
      const actual = assertFactsOf(
        await readInputs(store, { sha256: OTHER, flow }),
        flow,
      );
      expect(actual).toEqual(expected);
      expect(actual.artifact).toBeUndefined();
    });
  },
);
