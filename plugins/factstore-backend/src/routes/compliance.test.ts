import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(240_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const bob = authHeaders.user('user:default/bob');
const ci = authHeaders.service('factstore', 'external:ci');
const fixture = (name: string) =>
  readFileSync(fixturePath('attestations', name), 'utf8');

/** Real provenance: a verified Sigstore bundle (A) and an unsigned DSSE envelope (B). */
const A = '1636f443b01c9ee310ee5834956d0dce374c3d3bf8d4cebc9f6b86f8304b4982';
const B = '04eda4dc6a14d4f016f43b373eb5cfa64b1849388a33e53989ce59e840fb3605';
/** Runs in production, reported by no trail. */
const X = 'ee'.repeat(32);

type Result = { controlId: string; status: string; evidence: Evidence[] };
type Evidence = {
  requirement: string;
  status: string;
  mandatory: boolean;
  trailId?: string;
  sha256?: string;
  source?: { type: string; id: string };
};
const statuses = (results: Result[]) =>
  Object.fromEntries(results.map(r => [r.controlId, r.status]));

describe.each(databases.eachSupportedId())(
  'factstore frameworks and compliance on %s',
  databaseId => {
    let backend: PluginBackend;
    const ids: Record<string, string> = {};

    const post = (path: string, body: unknown, headers = ci) =>
      backend.http
        .post(`${API}${path}`)
        .set(headers)
        .send(body as object);
    const get = (path: string, headers = jane) =>
      backend.http.get(`${API}${path}`).set(headers);
    const assess = async (body: object) => {
      const res = await post('/compliance/assess', body, jane);
      expect(res.status).toBe(201);
      return res.body;
    };

    /**
     * Flow `payments`: release-1 (artifact A: junit and pull request passed, approved, signed
     * provenance) and release-2 (artifact B: junit failed, unsigned provenance, denied by the
     * gate). A ran in staging (then B replaced it) and runs in prod, next to X.
     */
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
      ids.flow = (
        await post(
          '/flows',
          { name: 'payments', requiredAttestations: ['junit'] },
          jane,
        )
      ).body.id;
      for (const [trail, sha, junit, document] of [
        [
          'release-1',
          A,
          'PASSED',
          JSON.parse(
            fixture('bcr-rules_lint-v1.3.1.provenance-v1.intoto.jsonl'),
          ),
        ],
        [
          'release-2',
          B,
          'FAILED',
          JSON.parse(
            fixture(
              'slsa-github-generator-go-v1.0.0.provenance-v0.2.intoto.jsonl',
            ).split('\n')[0],
          ),
        ],
      ] as const) {
        const t = (
          await post('/trails', {
            flowId: ids.flow,
            name: trail,
            gitCommitSha: `${trail === 'release-1' ? 'a' : 'b'}`.repeat(40),
            gitBranch: 'main',
            gitAuthor: 'alice',
          })
        ).body;
        ids[trail] = t.id;
        const artifact = (
          await post(`/trails/${t.id}/artifacts`, {
            name: trail === 'release-1' ? 'rules_lint' : 'go-binary',
            sha256Digest: sha,
          })
        ).body;
        ids[`${trail}-artifact`] = artifact.id;
        await post(`/trails/${t.id}/attestations`, {
          type: 'junit',
          status: junit,
        });
        const p = await post(
          `/trails/${t.id}/artifacts/${artifact.id}/provenance`,
          document,
        );
        if (p.status !== 201) throw new Error(JSON.stringify(p.body));
        ids[`${trail}-provenance`] = p.body.id;
      }
      await post(`/trails/${ids['release-1']}/attestations`, {
        type: 'pull_request',
        status: 'PASSED',
      });
      const approval = (await post(`/trails/${ids['release-1']}/approvals`, {}))
        .body;
      const approved = await post(`/approvals/${approval.id}/approve`, {}, bob);
      if (approved.status !== 200)
        throw new Error(JSON.stringify(approved.body));
      for (const name of ['staging', 'prod'])
        ids[name] = (
          await post('/environments', { name, type: 'K8S' }, jane)
        ).body.id;
      const snapshot = (env: string, artifacts: Array<[string, string]>) =>
        post(`/environments/${ids[env]}/snapshots`, {
          artifacts: artifacts.map(([name, sha256Digest]) => ({
            name,
            sha256Digest,
          })),
        });
      await snapshot('staging', [['rules_lint', A]]);
      await snapshot('prod', [
        ['rules_lint', A],
        ['sidecar', X],
      ]);
      await snapshot('staging', [['go-binary', B]]);
      const gate = await post('/gate/evaluate', {
        sha256Digest: B,
        environmentId: ids.prod,
      });
      if (gate.body.allowed !== false)
        throw new Error(JSON.stringify(gate.body));
    });
    afterAll(() => backend.stop());

    it('ships SOC 2, ISO 27001 Annex A, NIST SSDF and SLSA as frameworks with controls', async () => {
      const list = await get('/frameworks');
      expect(list.status).toBe(200);
      const byKey = Object.fromEntries(
        list.body.map((f: { key: string; controls: unknown[] }) => [
          f.key,
          f.controls.length,
        ]),
      );
      expect(byKey).toEqual({
        soc2: 5,
        'iso27001-annex-a': 7,
        'nist-ssdf': 8,
        'slsa-build': 3,
      });
      const slsa = (await get('/frameworks/slsa-build')).body;
      expect(slsa).toMatchObject({
        name: 'SLSA Build Track',
        version: '1.0',
        controls: [
          { controlId: 'BUILD-L1', requiredEvidenceTypes: ['provenance:L1'] },
          { controlId: 'BUILD-L2' },
          { controlId: 'BUILD-L3' },
        ],
      });
      ids.slsa = slsa.id;
      expect((await get(`/frameworks/${slsa.id}`)).body.key).toBe('slsa-build');
      ids.soc2 = (await get('/frameworks/soc2')).body.id;
    });

    it('assesses a trail against SLSA build levels from its provenance, stored and ledgered', async () => {
      const assessment = await assess({
        frameworkId: 'slsa-build',
        trailId: ids['release-1'],
      });
      expect(assessment).toMatchObject({
        frameworkId: ids.slsa,
        trailId: ids['release-1'],
        scopeType: 'TRAIL',
        overallStatus: 'PARTIAL',
        assessedBy: 'user:default/jane',
        summary: {
          trailsAssessed: 1,
          artifactsAssessed: 1,
          passed: 2,
          failed: 1,
        },
      });
      expect(statuses(assessment.controlResults)).toEqual({
        'BUILD-L1': 'PASS',
        'BUILD-L2': 'PASS',
        'BUILD-L3': 'FAIL',
      });
      expect(assessment.controlResults[1].evidence[0]).toMatchObject({
        requirement: 'provenance:L2',
        status: 'PASS',
        sha256: A,
        source: { type: 'provenance', id: ids['release-1-provenance'] },
      });
      expect(assessment.controlResults[2].missingEvidence).toEqual([
        'provenance:L3',
      ]);
      expect(
        (await get(`/compliance/assessments/${assessment.id}`)).body,
      ).toEqual(assessment);
      expect(
        (await get(`/ledger/entries/${assessment.id}`)).body,
      ).toMatchObject({ eventType: 'COMPLIANCE_ASSESSED' });
    });

    it('assesses a trail against SOC 2: each control PASS, FAIL or NOT_APPLICABLE with its evidence', async () => {
      const assessment = await assess({
        frameworkId: ids.soc2,
        trailId: ids['release-1'],
      });
      expect(statuses(assessment.controlResults)).toEqual({
        'CC6.1': 'NOT_APPLICABLE',
        'CC6.8': 'PASS',
        'CC7.1': 'FAIL',
        'CC8.1': 'PASS',
        'CC7.2': 'FAIL',
      });
      const cc81 = assessment.controlResults.find(
        (r: Result) => r.controlId === 'CC8.1',
      );
      expect(cc81.satisfiedBy).toEqual([
        'attestation:pull_request',
        'attestation:junit',
        'approval',
      ]);
      expect(
        cc81.evidence.find((e: Evidence) => e.requirement === 'approval'),
      ).toMatchObject({ source: { type: 'approval' }, status: 'PASS' });
      expect(assessment.overallStatus).toBe('PARTIAL');
    });

    it('assesses a whole flow: one failing trail fails the control, with that trail named', async () => {
      const assessment = await assess({
        frameworkId: 'nist-ssdf',
        flowId: ids.flow,
      });
      expect(assessment.summary).toMatchObject({ trailsAssessed: 2 });
      expect(statuses(assessment.controlResults)).toMatchObject({
        'PO.1': 'NOT_APPLICABLE',
        'PS.2': 'FAIL',
        'PS.3': 'PASS',
        'PW.8': 'FAIL',
      });
      const pw8 = assessment.controlResults.find(
        (r: Result) => r.controlId === 'PW.8',
      );
      expect(pw8.evidence).toContainEqual(
        expect.objectContaining({
          requirement: 'attestation:junit',
          trailId: ids['release-2'],
          status: 'FAIL',
        }),
      );
      expect(pw8.evidence).toContainEqual(
        expect.objectContaining({
          requirement: 'attestation:junit',
          trailId: ids['release-1'],
          status: 'PASS',
        }),
      );
    });

    it('assesses an environment by what runs there: an artifact nobody reported fails', async () => {
      const assessment = await assess({
        frameworkId: 'slsa-build',
        environmentId: ids.prod,
      });
      expect(assessment.summary).toMatchObject({
        trailsAssessed: 1,
        unreportedArtifacts: [{ sha256: X, name: 'sidecar' }],
      });
      const l1 = assessment.controlResults[0];
      expect(l1.status).toBe('FAIL');
      expect(l1.evidence).toEqual([
        expect.objectContaining({ status: 'PASS', sha256: A }),
        expect.objectContaining({
          requirement: 'reported',
          status: 'FAIL',
          sha256: X,
        }),
      ]);
      expect(assessment.overallStatus).toBe('NON_COMPLIANT');
    });

    it('creates a framework, its controls and mappings, and assesses with them', async () => {
      const created = await post(
        '/frameworks',
        {
          name: '<b>Acme</b> release policy',
          version: '1',
          description: 'ours',
        },
        jane,
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        key: null,
        controls: [],
        isActive: true,
      });
      ids.acme = created.body.id;
      expect(
        (
          await post(
            '/frameworks',
            { name: '<b>Acme</b> release policy', version: '1' },
            jane,
          )
        ).status,
      ).toBe(409);
      const control = await post(
        `/frameworks/${ids.acme}/controls`,
        {
          controlId: 'REL-1',
          title: 'Tested and approved',
          requiredEvidenceTypes: ['junit'],
        },
        jane,
      );
      expect(control.status).toBe(201);
      expect(
        (
          await post(
            `/frameworks/${ids.acme}/controls`,
            { controlId: 'REL-1', title: 'again' },
            jane,
          )
        ).status,
      ).toBe(409);
      const badControl = await post(
        `/frameworks/${ids.acme}/controls`,
        {
          controlId: 'REL-2',
          title: 'x',
          requiredEvidenceTypes: ['provenance:L9'],
        },
        jane,
      );
      expect(badControl.status).toBe(400);
      expect(badControl.body.error.message).toMatch(
        /body\.requiredEvidenceTypes\[0\]: must be approval/,
      );

      const approval = await post(
        '/compliance/mappings',
        {
          regulatoryControlId: control.body.id,
          flowId: ids.flow,
          evidenceKind: 'APPROVAL',
        },
        jane,
      );
      expect(approval.status).toBe(201);
      expect(approval.body).toMatchObject({
        regulatoryControlId: control.body.id,
        flowId: ids.flow,
        evidenceKind: 'APPROVAL',
        isMandatory: true,
      });
      const gate = await post(
        '/compliance/mappings',
        {
          regulatoryControlId: control.body.id,
          evidenceKind: 'POLICY',
          isMandatory: false,
        },
        jane,
      );
      expect(gate.status).toBe(201);
      const noType = await post(
        '/compliance/mappings',
        { regulatoryControlId: control.body.id },
        jane,
      );
      expect(noType.status).toBe(400);
      expect(noType.body.error.message).toMatch(
        /body\.attestationType: is required when evidenceKind is ATTESTATION/,
      );
      const unknown = await post(
        '/compliance/mappings',
        {
          regulatoryControlId: '00000000-0000-4000-8000-000000000000',
          attestationType: 'junit',
        },
        jane,
      );
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.message).toMatch(/regulatoryControlId/);
      expect(
        (await get(`/compliance/mappings?frameworkId=${ids.acme}`)).body,
      ).toHaveLength(2);
      expect(
        (await get(`/compliance/mappings?frameworkId=${ids.slsa}`)).body,
      ).toEqual([]);

      const passing = await assess({
        frameworkId: ids.acme,
        trailId: ids['release-1'],
      });
      expect(passing.controlResults[0]).toMatchObject({
        status: 'PASS',
        satisfiedBy: ['attestation:junit', 'approval'],
        missingEvidence: [],
      });
      // The optional gate mapping failed (never evaluated) without failing the control.
      expect(passing.controlResults[0].evidence).toContainEqual(
        expect.objectContaining({
          requirement: 'gate',
          status: 'FAIL',
          mandatory: false,
        }),
      );
      const failing = await assess({
        frameworkId: ids.acme,
        trailId: ids['release-2'],
      });
      expect(failing.controlResults[0]).toMatchObject({
        status: 'FAIL',
        missingEvidence: ['attestation:junit', 'approval'],
      });
      expect(failing.overallStatus).toBe('NON_COMPLIANT');
    });

    it('answers the chain of custody of an artifact deployed to two environments', async () => {
      const res = await get(`/compliance/artifact/sha256:${A}`);
      expect(res.status).toBe(200);
      const custody = res.body;
      expect(custody).toMatchObject({
        sha256: `sha256:${A}`,
        artifact: { name: 'rules_lint' },
        trail: { id: ids['release-1'] },
        flow: { id: ids.flow, name: 'payments' },
        complianceStatus: 'COMPLIANT',
        reports: [
          {
            commit: { sha: 'a'.repeat(40), branch: 'main', author: 'alice' },
            provenance: { id: ids['release-1-provenance'], slsaLevel: 2 },
            approval: { status: 'APPROVED', decidedBy: 'user:default/bob' },
          },
        ],
      });
      const envs = Object.fromEntries(
        custody.environments.map((e: { name: string }) => [e.name, e]),
      );
      expect(envs.staging).toMatchObject({
        running: false,
        deployments: [
          {
            firstSnapshot: 1,
            lastSnapshot: 1,
            running: false,
            removedAt: expect.any(String),
          },
        ],
      });
      expect(envs.prod).toMatchObject({
        running: true,
        deployments: [{ firstSnapshot: 1, lastSnapshot: 1, running: true }],
      });
      const events = custody.timeline.map((e: { event: string }) => e.event);
      expect(events[0]).toBe('COMMITTED');
      for (const event of [
        'REPORTED',
        'ATTESTED',
        'PROVENANCE_RECORDED',
        'APPROVAL_DECIDED',
        'REMOVED',
      ])
        expect(events).toContain(event);
      expect(events.filter((e: string) => e === 'DEPLOYED')).toHaveLength(2);
      const times = custody.timeline.map((e: { at: string }) => e.at);
      expect([...times].sort()).toEqual(times);

      // Known only from a snapshot: custody says where it ran, and that no trail reported it.
      const unreported = (await get(`/compliance/artifact/${X}`)).body;
      expect(unreported).toMatchObject({ reports: [], artifact: null });
      expect(unreported.environments).toEqual([
        expect.objectContaining({ name: 'prod', running: true }),
      ]);
      expect(
        (await get(`/compliance/artifact/${'12'.repeat(32)}`)).status,
      ).toBe(404);
      expect((await get('/compliance/artifact/nope')).status).toBe(400);
    });

    it('lists assessments and reports a framework as JSON and as printable HTML', async () => {
      const slsa = (
        await get(`/compliance/assessments?frameworkId=${ids.slsa}`)
      ).body;
      expect(slsa.map((a: { scopeType: string }) => a.scopeType)).toEqual([
        'ENVIRONMENT',
        'TRAIL',
      ]);
      expect(
        (await get('/compliance/assessments?scopeType=TRAIL&limit=1')).body,
      ).toHaveLength(1);

      const report = await get('/reports/regulatory/slsa-build');
      expect(report.status).toBe(200);
      expect(report.body).toMatchObject({
        frameworkId: ids.slsa,
        frameworkName: 'SLSA Build Track',
        frameworkVersion: '1.0',
        generatedBy: 'user:default/jane',
        summary: { scopesAssessed: 2, partial: 1, nonCompliant: 1 },
        controls: [
          { controlId: 'BUILD-L1', passed: 1, failed: 1 },
          { controlId: 'BUILD-L2', passed: 1, failed: 1 },
          { controlId: 'BUILD-L3', passed: 0, failed: 2 },
        ],
      });
      const html = await get('/reports/regulatory/slsa-build?format=html');
      expect(html.status).toBe(200);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      expect(html.text).toMatch(/^<!doctype html>/);
      expect(html.text).toContain('@media print');
      expect(html.text).toContain('BUILD-L3');
      const byAccept = await backend.http
        .get(`${API}/reports/regulatory/${ids.acme}`)
        .set(jane)
        .set('Accept', 'text/html');
      expect(byAccept.headers['content-type']).toMatch(/^text\/html/);
      expect(byAccept.text).toContain('&lt;b&gt;Acme&lt;/b&gt; release policy');
      expect(byAccept.text).not.toContain('<b>Acme');
    });

    it('refuses bad requests with the field named', async () => {
      const two = await post(
        '/compliance/assess',
        { frameworkId: 'soc2', trailId: ids['release-1'], flowId: ids.flow },
        jane,
      );
      expect(two.status).toBe(400);
      expect(two.body.error.message).toMatch(
        /exactly one of trailId, flowId or environmentId is required, got 2/,
      );
      const framework = await post(
        '/compliance/assess',
        { frameworkId: 'hipaa', trailId: ids['release-1'] },
        jane,
      );
      expect(framework.status).toBe(422);
      expect(framework.body.error.message).toMatch(
        /frameworkId: no framework hipaa/,
      );
      const trail = await post(
        '/compliance/assess',
        {
          frameworkId: 'soc2',
          trailId: '00000000-0000-4000-8000-000000000000',
        },
        jane,
      );
      expect(trail.status).toBe(422);
      expect(trail.body.error.message).toMatch(/trailId: no trail/);
      expect(
        (await post('/frameworks', { name: 'x' }, jane)).body.error.message,
      ).toMatch(/body\.version/);
      expect((await get('/compliance/assessments?scopeType=ORG')).status).toBe(
        400,
      );
      expect((await get('/compliance/assessments/nope')).status).toBe(400);
      expect(
        (
          await get(
            '/compliance/assessments/00000000-0000-4000-8000-000000000000',
          )
        ).status,
      ).toBe(404);
      expect((await get('/frameworks/hipaa')).status).toBe(404);
      expect((await get('/frameworks/NOT A KEY')).status).toBe(400);
      expect((await get('/reports/regulatory/soc2?format=pdf')).status).toBe(
        400,
      );
      expect((await get('/reports/regulatory/hipaa')).status).toBe(404);
      expect((await backend.http.get(`${API}/frameworks`)).status).toBe(401);
      expect(
        (await backend.http.post(`${API}/compliance/assess`).send({})).status,
      ).toBe(401);
    });
  },
);

describe('factstore frameworks and assessments without the permission', () => {
  it('are refused with 403 and nothing is stored', async () => {
    const backend = await startPluginBackend({
      features: [factstorePlugin],
      permission: 'deny',
    });
    try {
      const post = (path: string, body: object) =>
        backend.http.post(`${API}${path}`).set(jane).send(body);
      const framework = await post('/frameworks', { name: 'x', version: '1' });
      expect(framework.status).toBe(403);
      expect(framework.body.error.message).toMatch(
        /factstore\.framework\.manage/,
      );
      expect(
        (
          await post('/frameworks/soc2/controls', {
            controlId: 'X',
            title: 'x',
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await post('/compliance/mappings', {
            regulatoryControlId: '00000000-0000-4000-8000-000000000000',
            attestationType: 'junit',
          })
        ).status,
      ).toBe(403);
      const assess = await post('/compliance/assess', {
        frameworkId: 'soc2',
        trailId: '00000000-0000-4000-8000-000000000000',
      });
      expect(assess.status).toBe(403);
      expect(assess.body.error.message).toMatch(
        /factstore\.compliance\.assess/,
      );
      const frameworks = await backend.http.get(`${API}/frameworks`).set(jane);
      expect(frameworks.body).toHaveLength(4);
      expect(
        (await backend.http.get(`${API}/compliance/assessments`).set(jane))
          .body,
      ).toEqual([]);
    } finally {
      await backend.stop();
    }
  });
});
