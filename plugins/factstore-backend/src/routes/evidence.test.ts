import {
  authHeaders,
  createTestDatabases,
  describeWithFixtures,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
const HOST = '/api/factstore';
const API = `${HOST}/api/v1`;
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');
const scanFile = (name: string) => readFileSync(fixturePath('scans', name));
const junitFile = (name: string) => readFileSync(fixturePath('junit', name));

/** A tar.gz of files by path, as `tar czf` makes one of a directory. */
function tarOf(files: Record<string, Buffer>): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'factstore-evidence-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const file = join(dir, 'out.tgz');
    tar.c({ gzip: true, cwd: dir, file, sync: true }, Object.keys(files));
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const none = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };

describeWithFixtures().each(databases.eachSupportedId())(
  'factstore: evidence decides, on %s',
  databaseId => {
    let backend: PluginBackend;
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
    });
    afterAll(() => backend.stop());

    const post = (
      path: string,
      body: object,
      headers: Record<string, string> = ci,
    ) => backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string) => backend.http.get(`${API}${path}`).set(jane);

    /** A flow, a trail and an artifact reported into it. */
    async function artifactIn(flowName: string, flow: object = {}) {
      const created = (await post('/flows', { name: flowName, ...flow }, jane))
        .body;
      const trail = (await post('/trails', { flowId: created.id, name: 'run' }))
        .body;
      const digest = sha(flowName);
      await post(`/trails/${trail.id}/artifacts`, {
        name: flowName,
        sha256Digest: digest,
      });
      return { flow: created, trail, digest };
    }
    const assertOf = async (flowId: string, digest: string) =>
      (await post('/assert', { flowId, sha256Digest: digest })).body;
    /** A flow requiring junit, its artifact, and a PASSED junit claim with its evidence URL. */
    async function junitClaim(flowName: string) {
      const reported = await artifactIn(flowName, {
        requiredAttestations: ['junit'],
      });
      const att = (
        await post(`/trails/${reported.trail.id}/attestations`, {
          type: 'junit',
          status: 'PASSED',
        })
      ).body;
      const evidence = `${API}/trails/${reported.trail.id}/attestations/${att.id}/evidence`;
      return { ...reported, evidence };
    }

    it('JUnit evidence with failures turns a PASSED attestation FAILED, keeping the claim; assert follows', async () => {
      const { flow, trail, digest, evidence } =
        await junitClaim('junit-decides');
      expect((await assertOf(flow.id, digest)).compliant).toBe(true);
      const upload = await backend.http
        .post(evidence)
        .set(ci)
        .attach('file', junitFile('jest-junit.failures.xml'), 'jest.xml');
      expect(upload.status).toBe(201);
      expect(upload.body).toMatchObject({
        status: 'FAILED',
        claimedStatus: 'PASSED',
        statusReason: 'junit: 4 failures, 0 errors in 6 tests',
        junit: { total: 6, failures: 4, errors: 0, skipped: 1 },
      });
      expect(
        (await get(`/trails/${trail.id}/attestations`)).body[0],
      ).toMatchObject({
        status: 'FAILED',
        claimedStatus: 'PASSED',
        statusReason: 'junit: 4 failures, 0 errors in 6 tests',
      });
      const assertion = await assertOf(flow.id, digest);
      expect(assertion).toMatchObject({
        compliant: false,
        failedAttestations: ['junit'],
        verificationSummary: { predicate: { verificationResult: 'FAILED' } },
      });
      const kosli = await backend.http
        .get(
          `${HOST}/api/v2/asserts/default/fingerprint/${digest}?flow_name=junit-decides`,
        )
        .set(ci);
      expect(kosli.body).toMatchObject({
        compliant: false,
        failed_attestations: ['junit'],
      });
    });

    it('a junit attestation refuses a gzip it cannot read, storing nothing, instead of keeping the claim', async () => {
      const { flow, digest, evidence } = await junitClaim('junit-corrupt-gzip');
      const whole = gzipSync(junitFile('jest-junit.failures.xml'));
      const truncated = whole.subarray(0, whole.length / 2);
      const upload = await backend.http
        .post(evidence)
        .set(ci)
        .attach('file', truncated, 'results.xml.gz');
      expect([upload.status, upload.body.error?.message]).toEqual([
        400,
        expect.stringMatching(
          /^Invalid report in file: tried junit: not a readable gzip file: /,
        ),
      ]);
      expect((await backend.http.get(evidence).set(jane)).status).toBe(404);
      expect((await assertOf(flow.id, digest)).compliant).toBe(true);
      // The whole file is read, and decides.
      const readable = await backend.http
        .post(evidence)
        .set(ci)
        .attach('file', whole, 'results.xml.gz');
      expect(readable.body).toMatchObject({ status: 'FAILED' });
    });

    it('a tar.gz of a results directory is read report by report and decides the junit attestation', async () => {
      const { flow, digest, evidence } = await junitClaim('junit-results-dir');
      const upload = await backend.http
        .post(evidence)
        .set(ci)
        .attach(
          'file',
          tarOf({
            'results/jest.xml': junitFile('jest-junit.failures.xml'),
            'results/pytest.xml': junitFile(
              'pytest-junitxml.failures-skipped.xml',
            ),
            // Other XML in a results directory is not a test report.
            'results/coverage.xml': Buffer.from(
              '<?xml version="1.0"?><coverage line-rate="0.87"></coverage>',
            ),
          }),
          'results.tgz',
        );
      expect(upload.status).toBe(201);
      expect(upload.body).toMatchObject({
        status: 'FAILED',
        claimedStatus: 'PASSED',
        statusReason: 'junit: 6 failures, 0 errors in 16 tests',
        junit: { total: 16, failures: 6, errors: 0, skipped: 3 },
      });
      expect((await assertOf(flow.id, digest)).compliant).toBe(false);
    });

    it('a junit attestation refuses a tar that holds no JUnit report, storing nothing', async () => {
      const { flow, digest, evidence } = await junitClaim('junit-empty-tar');
      const upload = await backend.http
        .post(evidence)
        .set(ci)
        .attach(
          'file',
          tarOf({ 'logs/build.log': Buffer.from('ok') }),
          'logs.tgz',
        );
      expect([upload.status, upload.body.error?.message]).toEqual([
        400,
        expect.stringMatching(
          /^Invalid report in file: tried junit: the evidence of a junit attestation must be a JUnit XML report/,
        ),
      ]);
      expect((await backend.http.get(evidence).set(jane)).status).toBe(404);
      expect((await assertOf(flow.id, digest)).compliant).toBe(true);
    });

    it('a junit report whose suite counts are not counts is refused, storing nothing', async () => {
      const { flow, digest, evidence } = await junitClaim('junit-bad-counts');
      const refused = [
        [
          '<testsuite name="unit" tests="5" failures="-3"/>',
          '<testsuite name="unit"> failures="-3" is not a count',
        ],
        // Suites whose failures cancel out must not add up to a pass.
        [
          '<testsuites><testsuite tests="2" failures="2"/><testsuite tests="2" failures="-2"/></testsuites>',
          '<testsuite> failures="-2" is not a count',
        ],
        ['<testsuite tests="abc"/>', '<testsuite> tests="abc" is not a count'],
      ];
      for (const [xml, problem] of refused) {
        const upload = await backend.http
          .post(evidence)
          .set(ci)
          .attach('file', Buffer.from(xml), 'results.xml');
        expect([upload.status, upload.body.error?.message]).toEqual([
          400,
          `Invalid report in file: tried junit: ${problem}`,
        ]);
      }
      expect((await backend.http.get(evidence).set(jane)).status).toBe(404);
      expect((await assertOf(flow.id, digest)).compliant).toBe(true);
    });

    it('a scanner report attached to an attestation is read, recorded as a scan and judged by the thresholds', async () => {
      const { flow, trail, digest } = await artifactIn('scan-evidence', {
        requiredAttestations: ['trivy'],
      });
      const att = (
        await post(`/trails/${trail.id}/attestations`, {
          type: 'trivy',
          status: 'PASSED',
          artifactSha256: digest,
        })
      ).body;
      const broken = await backend.http
        .post(`${API}/trails/${trail.id}/attestations/${att.id}/evidence`)
        .set(ci)
        .attach(
          'file',
          Buffer.from('{"version":"2.1.0","runs":[{"results":[]}]}'),
          'scan.sarif',
        );
      expect(broken.status).toBe(400);
      expect(broken.body.error.message).toBe(
        'Invalid report in file: tried sarif: runs[0].tool: Invalid input: expected object, received undefined',
      );
      expect(
        (await get(`/trails/${trail.id}/attestations`)).body[0].evidence,
      ).toBeUndefined();
      expect((await get(`/trails/${trail.id}/security-scans`)).body).toEqual(
        [],
      );

      const upload = await backend.http
        .post(`${API}/trails/${trail.id}/attestations/${att.id}/evidence`)
        .set(ci)
        .attach(
          'file',
          scanFile('trivy-image-alpine-39-high-critical.json'),
          'trivy.json',
        );
      expect(upload.body).toMatchObject({
        status: 'FAILED',
        claimedStatus: 'PASSED',
        statusReason:
          "Trivy: 2 critical, 0 high, 0 medium, 0 low, 0 unknown breaks the flow's security thresholds (2 critical > maxCritical 0)",
        securityScan: {
          format: 'trivy-json',
          tool: 'Trivy',
          counts: { ...none, critical: 2 },
        },
      });
      const scans = (await get(`/trails/${trail.id}/security-scans`)).body;
      expect(scans).toEqual([
        expect.objectContaining({
          attestationId: att.id,
          name: 'trivy',
          criticalVulnerabilities: 2,
          thresholdBreached: true,
        }),
      ]);
      expect((await assertOf(flow.id, digest)).compliant).toBe(false);
    });

    it('records every scanner fixture over HTTP, field by field, and sums them', async () => {
      const { trail } = await artifactIn('all-scanners');
      const before = (await get('/security-scans/summary')).body;
      const expected: Array<[string, string, string, object]> = [
        [
          'trivy-image-alpine-39-high-critical.json',
          'trivy-json',
          'Trivy',
          { ...none, critical: 2 },
        ],
        ['trivy-fs-npm.json', 'trivy-json', 'Trivy', { ...none, medium: 1 }],
        [
          'trivy-image-alpine-310.sarif.json',
          'sarif',
          'Trivy',
          { ...none, medium: 4 },
        ],
        [
          'grype-0.24.0-dir.many_vulns4.json',
          'grype-json',
          'grype',
          { ...none, critical: 2, high: 2, medium: 5 },
        ],
        [
          'snyk-test-maven.single_project_one_vuln.json',
          'snyk-json',
          'Snyk',
          { ...none, medium: 1 },
        ],
        [
          'snyk-test-pip.with-pins-remediation.json',
          'snyk-json',
          'Snyk',
          { ...none, medium: 1 },
        ],
        [
          'trivy-fs-pom.cyclonedx.json',
          'cyclonedx',
          'trivy',
          { ...none, critical: 1, high: 1 },
        ],
      ];
      for (const [file, format, tool, counts] of expected) {
        const res = await backend.http
          .post(`${API}/trails/${trail.id}/security-scans`)
          .set(ci)
          .field('name', file)
          .attach('file', scanFile(file), file);
        expect([file, res.status]).toEqual([file, 201]);
        expect(res.body).toMatchObject({ name: file, format, tool, counts });
        const stored = (await get(`/security-scans/${res.body.id}`)).body;
        expect(stored.statement).toMatchObject({
          predicateType: 'https://in-toto.io/attestation/vulns/v0.1',
          predicate: { metadata: { severityCounts: counts } },
        });
        expect(stored.statement.predicate.scanner.result).toHaveLength(
          Object.values(counts).reduce((a: number, b) => a + (b as number), 0),
        );
      }
      const spdx = await backend.http
        .post(`${API}/trails/${trail.id}/security-scans`)
        .set(ci)
        .attach('file', scanFile('trivy-fs-conda.spdx.json'), 'sbom.json');
      expect(spdx.status).toBe(400);
      expect(spdx.body.error.message).toMatch(
        /^Invalid report in file: tried spdx: the document lists 3 packages and no security findings/,
      );
      const listed = (await get(`/trails/${trail.id}/security-scans`)).body;
      expect(listed.map((s: { name: string }) => s.name)).toEqual(
        expected.map(([file]) => file),
      );
      expect(listed[0].statement).toBeUndefined();
      const after = (await get('/security-scans/summary')).body;
      expect({
        scans: after.totalScans - before.totalScans,
        critical: after.totalCritical - before.totalCritical,
        high: after.totalHigh - before.totalHigh,
        medium: after.totalMedium - before.totalMedium,
        withCritical: after.scansWithCritical - before.scansWithCritical,
      }).toEqual({
        scans: 7,
        critical: 5,
        high: 3,
        medium: 12,
        withCritical: 3,
      });
    });

    it('takes a report in a JSON body, a raw report as the body, and OpenFactstore claimed counts; refuses what it cannot read', async () => {
      const { trail } = await artifactIn('json-scans');
      const trivy = JSON.parse(
        scanFile('trivy-image-alpine-39-high-critical.json').toString(),
      );
      const wrapped = await post(`/trails/${trail.id}/security-scans`, {
        report: trivy,
        name: 'image',
      });
      expect(wrapped.body).toMatchObject({
        name: 'image',
        counts: { critical: 2 },
      });
      const raw = await post(`/trails/${trail.id}/security-scans`, trivy);
      expect(raw.body).toMatchObject({ name: 'trivy', format: 'trivy-json' });
      const claimed = await post(`/trails/${trail.id}/security-scans`, {
        tool: 'zap',
        highVulnerabilities: 3,
        informational: 2,
      });
      expect(claimed.status).toBe(201);
      expect(claimed.body).toMatchObject({
        format: 'claimed',
        tool: 'zap',
        highVulnerabilities: 3,
        informational: 2,
        thresholdBreached: true,
        breachDetails: ['3 high > maxHigh 0'],
      });
      const count = async () =>
        (await get(`/trails/${trail.id}/security-scans`)).body.length;
      const stored = await count();
      const refused = [
        [
          { hello: 'world' },
          /^Invalid report in body: tried json: not a scanner report/,
        ],
        [
          { report: '{"Results": [' },
          /^Invalid report in body\.report: tried json: not JSON: the text ends before the JSON is complete/,
        ],
        [
          { report: { SchemaVersion: 2, Results: [{ Target: 7 }] } },
          /tried trivy-json: Results\[0\]\.Target: Invalid input/,
        ],
        [
          { report: trivy, format: 'grype-json' },
          /tried grype-json: matches: Invalid input/,
        ],
        [{ report: trivy, format: 'nessus' }, /body\.format: must be one of/],
        // OpenFactstore's counts without their tool, or with a mistyped one: the field is named.
        [
          { criticalVulnerabilities: 3 },
          /^Invalid request body: body\.tool: Invalid input: expected string, received undefined$/,
        ],
        [
          { tool: 7, highVulnerabilities: 1 },
          /^Invalid request body: body\.tool: Invalid input: expected string, received number$/,
        ],
      ] as const;
      for (const [body, message] of refused) {
        const res = await post(`/trails/${trail.id}/security-scans`, body);
        expect([res.status, res.body.error.message]).toEqual([
          400,
          expect.stringMatching(message),
        ]);
      }
      expect(await count()).toBe(stored);
      expect(
        (
          await post(
            '/trails/00000000-0000-4000-8000-000000000000/security-scans',
            trivy,
          )
        ).status,
      ).toBe(404);
      expect(
        (await get('/security-scans/00000000-0000-4000-8000-000000000000'))
          .status,
      ).toBe(404);
    });

    it('thresholds truth table: assert and the gate, with the counts in the reason', async () => {
      const { flow, trail, digest } = await artifactIn('thresholds-table');
      const env = (
        await post(
          '/environments',
          { name: 'thresholds-prod', type: 'K8S' },
          jane,
        )
      ).body;
      await post(
        '/deployment-policies',
        { name: 'thresholds-provenance', environmentId: env.id },
        jane,
      );
      const scan = (file: string, name: string, about = digest) =>
        backend.http
          .post(`${API}/trails/${trail.id}/security-scans`)
          .set(ci)
          .field('name', name)
          .field('artifactSha256', about)
          .attach('file', scanFile(file), file);
      const setThresholds = (t: object) =>
        post(`/flows/${flow.id}/security-thresholds`, t, jane);
      const decide = async () => {
        const assertion = await assertOf(flow.id, digest);
        const gate = (
          await post('/gate/evaluate', {
            sha256Digest: digest,
            environmentId: env.id,
          })
        ).body;
        return {
          compliant: assertion.compliant,
          allowed: gate.allowed,
          reasons: assertion.reasons,
          gate: gate.reasons
            .filter((r: { rule: string }) => r.rule === 'security-thresholds')
            .map((r: { passed: boolean }) => r.passed),
        };
      };

      expect(await decide()).toEqual({
        compliant: true,
        allowed: true,
        reasons: [],
        gate: [],
      });

      const trivy = (
        await scan('trivy-image-alpine-39-high-critical.json', 'trivy')
      ).body;
      expect(trivy).toMatchObject({
        thresholdBreached: true,
        breachDetails: ['2 critical > maxCritical 0'],
      });
      const broken = await decide();
      expect(broken).toMatchObject({
        compliant: false,
        allowed: false,
        gate: [false],
      });
      expect(broken.reasons).toEqual([
        `security thresholds: scan "trivy" (${trivy.id}, Trivy): 2 critical, 0 high, 0 medium, 0 low, 0 unknown breaks the flow's security thresholds (2 critical > maxCritical 0)`,
      ]);

      const rows: Array<[string, () => Promise<unknown>, boolean, boolean[]]> =
        [
          [
            'maxCritical raised to 2',
            () => setThresholds({ maxCritical: 2 }),
            true,
            [true],
          ],
          [
            'a grype scan: 2 high > maxHigh 0',
            () => scan('grype-0.24.0-dir.many_vulns4.json', 'grype'),
            false,
            [true, false],
          ],
          [
            'maxHigh 2 and maxMedium 5 take it',
            () => setThresholds({ maxCritical: 2, maxHigh: 2, maxMedium: 5 }),
            true,
            [true, true],
          ],
          [
            'maxMedium 4: grype has 5',
            () => setThresholds({ maxCritical: 2, maxHigh: 2, maxMedium: 4 }),
            false,
            [true, false],
          ],
          [
            'a later grype scan of the same name supersedes (SARIF: 4 medium)',
            () => scan('trivy-image-alpine-310.sarif.json', 'grype'),
            true,
            [true, true],
          ],
          [
            'a scan about another artifact does not count',
            () =>
              scan('grype-0.24.0-dir.many_vulns4.json', 'other', sha('other')),
            true,
            [true, true],
          ],
          [
            'maxCritical back to 0: the recorded trivy scan breaks it again',
            () => setThresholds({ maxCritical: 0, maxHigh: 2, maxMedium: 4 }),
            false,
            [false, true],
          ],
        ];
      for (const [row, change, passes, gate] of rows) {
        await change();
        const decided = await decide();
        expect([row, decided.compliant, decided.allowed, decided.gate]).toEqual(
          [row, passes, passes, gate],
        );
      }
    });

    it('Kosli: junit, snyk, jira and pull_request attestations are decided by their evidence', async () => {
      const kosli = (type: string, data: object, file?: [Buffer, string]) => {
        const req = backend.http
          .post(
            `${HOST}/api/v2/attestations/acme/kosli-evidence/trail/t1/${type}`,
          )
          .set(ci)
          .field('data_json', JSON.stringify(data));
        return file ? req.attach('attachment_file', file[0], file[1]) : req;
      };
      await backend.http
        .put(`${HOST}/api/v2/flows/acme`)
        .set(ci)
        .send({ name: 'kosli-evidence', template: ['artifact', 'snyk'] });
      await backend.http
        .put(`${HOST}/api/v2/trails/acme/kosli-evidence`)
        .set(ci)
        .send({ name: 't1' });
      const fingerprint = sha('kosli-evidence');
      await backend.http
        .post(`${HOST}/api/v2/artifacts/acme/kosli-evidence`)
        .set(ci)
        .send({ fingerprint, filename: 'app:1', trail_name: 't1' });

      const passingResults = [
        { name: 's', failures: 0, errors: 0, skipped: 0, total: 6 },
      ];
      const junit = await kosli(
        'junit',
        { attestation_name: 'tests', junit_results: passingResults },
        [junitFile('jest-junit.failures.xml'), 'results.xml'],
      );
      expect(junit.body).toMatchObject({
        status: 'FAILED',
        claimedStatus: 'PASSED',
        statusReason: 'junit: 4 failures, 0 errors in 6 tests',
      });

      const snykSarif = await kosli(
        'snyk',
        { attestation_name: 'snyk', artifact_fingerprint: fingerprint },
        [scanFile('trivy-image-alpine-310.sarif.json'), 'snyk.sarif'],
      );
      expect(snykSarif.status).toBe(201);
      expect(snykSarif.body).toMatchObject({
        status: 'FAILED',
        claimedStatus: 'PASSED',
        statusReason:
          'snyk: 4 vulnerabilities found (0 critical, 0 high, 4 medium, 0 low, 0 unknown)',
      });
      const trailId = snykSarif.body.trailId;
      expect((await get(`/trails/${trailId}/security-scans`)).body).toEqual([
        expect.objectContaining({
          name: 'snyk',
          format: 'sarif',
          mediumVulnerabilities: 4,
          attestationId: snykSarif.body.id,
        }),
      ]);
      const asserted = await backend.http
        .get(
          `${HOST}/api/v2/asserts/acme/fingerprint/${fingerprint}?flow_name=kosli-evidence`,
        )
        .set(ci);
      expect(asserted.body).toMatchObject({
        compliant: false,
        failed_attestations: ['snyk'],
      });

      const cases: Array<[string, object, string, string]> = [
        [
          'snyk',
          {
            attestation_name: 'snyk',
            artifact_fingerprint: fingerprint,
            snyk_results: {
              schema_version: 1,
              tool: { name: 'Snyk Container' },
              results: [{ high_count: 0, medium_count: 0, low_count: 0 }],
            },
          },
          'PASSED',
          'snyk: 0 vulnerabilities found (0 critical, 0 high, 0 medium, 0 low, 0 unknown)',
        ],
        [
          'snyk',
          {
            attestation_name: 'snyk-2',
            artifact_fingerprint: sha('another artifact'),
            snyk_results: {
              results: [
                {
                  high_count: 1,
                  medium_count: 0,
                  low_count: 2,
                  high: [{ id: 'SNYK-1' }],
                },
              ],
            },
          },
          'FAILED',
          'snyk: 3 vulnerabilities found (0 critical, 1 high, 0 medium, 2 low, 0 unknown)',
        ],
        [
          'jira',
          { attestation_name: 'jira', jira_results: [] },
          'FAILED',
          'jira: no Jira issue reference was found in the commit or branch',
        ],
        [
          'jira',
          {
            attestation_name: 'jira',
            jira_results: [
              {
                issue_id: 'PROJ-9',
                issue_url: 'https://jira/PROJ-9',
                issue_exists: false,
              },
            ],
          },
          'FAILED',
          'jira: PROJ-9 does not exist',
        ],
        [
          'jira',
          {
            attestation_name: 'jira',
            jira_results: [
              {
                issue_id: 'PROJ-1',
                issue_url: 'https://jira/PROJ-1',
                issue_exists: true,
              },
            ],
          },
          'PASSED',
          'jira: PROJ-1 found',
        ],
        [
          'pull_request',
          { attestation_name: 'pr', git_provider: 'github', pull_requests: [] },
          'FAILED',
          'pull_request: no github pull request was found for the commit',
        ],
        [
          'pull_request',
          {
            attestation_name: 'pr',
            git_provider: 'github',
            pull_requests: [
              {
                url: 'https://github.com/acme/app/pull/3',
                state: 'MERGED',
                commits: [],
              },
            ],
          },
          'PASSED',
          'pull_request: https://github.com/acme/app/pull/3',
        ],
      ];
      for (const [type, data, status, reason] of cases) {
        const res = await kosli(type, data);
        expect([
          type,
          res.status,
          res.body.status,
          res.body.statusReason,
        ]).toEqual([type, 201, status, reason]);
      }
      // A clean snyk summary, recorded last, decides the snyk requirement: compliant again.
      const clean = await kosli('snyk', {
        attestation_name: 'snyk',
        artifact_fingerprint: fingerprint,
        snyk_results: {
          schema_version: 1,
          tool: { name: 'Snyk Container' },
          results: [{ high_count: 0, medium_count: 0, low_count: 0 }],
        },
      });
      expect(clean.body.status).toBe('PASSED');
      expect(
        (
          await backend.http
            .get(
              `${HOST}/api/v2/asserts/acme/fingerprint/${fingerprint}?flow_name=kosli-evidence`,
            )
            .set(ci)
        ).body.compliant,
      ).toBe(true);

      const before = (await get(`/trails/${trailId}/attestations`)).body.length;
      const unreadable = await kosli('snyk', { attestation_name: 'snyk' }, [
        Buffer.from('{"version":"2.1.0","runs":"no"}'),
        'snyk.sarif',
      ]);
      expect(unreadable.status).toBe(400);
      expect(unreadable.body.error.message).toBe(
        'Invalid report in attachment_file: tried sarif: runs: Invalid input: expected array, received string',
      );
      expect((await get(`/trails/${trailId}/attestations`)).body).toHaveLength(
        before,
      );
    });
  },
);
