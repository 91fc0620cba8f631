import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(120_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');
const trivy = readFileSync(
  fixturePath('scans', 'trivy-image-alpine-39-high-critical.json'),
);

describe.each(databases.eachSupportedId())(
  'factstore reports, metrics and dashboard on %s',
  databaseId => {
    let backend: PluginBackend;
    const ids: Record<string, string> = {};
    let critical = 0;
    let high = 0;

    const post = (path: string, body: object, headers = ci) =>
      backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers = jane) =>
      backend.http.get(`${API}${path}`).set(headers);
    const scan = (trailId: string) =>
      backend.http
        .post(`${API}/trails/${trailId}/security-scans`)
        .set(ci)
        .field('name', 'trivy')
        .attach('file', trivy, 'trivy.json');

    /** Flow `release` (junit required): one trail passing, one failing, one without evidence. */
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
      const release = (
        await post(
          '/flows',
          { name: 'release', requiredAttestations: ['junit'] },
          jane,
        )
      ).body;
      const docs = (await post('/flows', { name: 'docs' }, jane)).body;
      ids.release = release.id;
      for (const [name, status] of [
        ['passing', 'PASSED'],
        ['failing', 'FAILED'],
        ['waiting', undefined],
      ] as const) {
        const trail = (
          await post('/trails', {
            flowId: release.id,
            name,
            gitCommitSha: sha(name).slice(0, 40),
            gitBranch: 'main',
            gitAuthor: 'jane',
          })
        ).body;
        ids[name] = trail.id;
        await post(`/trails/${trail.id}/artifacts`, {
          name: `ghcr.io/acme/${name}`,
          sha256Digest: sha(name),
        });
        if (status)
          await post(`/trails/${trail.id}/attestations`, {
            type: 'junit',
            status,
          });
      }
      ids.docs = (
        await post('/trails', { flowId: docs.id, name: 'docs-1' })
      ).body.id;
      await backend.http
        .post(`${API}/flows/${release.id}/security-thresholds`)
        .set(jane)
        .send({ maxCritical: 0, maxHigh: 100, maxMedium: 100 });
      // A rescan replaces the scan before it: only the second one is in force.
      await scan(ids.failing);
      const second = await scan(ids.failing);
      critical = second.body.counts.critical;
      high = second.body.counts.high;
    });
    afterAll(() => backend.stop());

    it('reports a flow: every trail decided from its evidence, the failing ones listed', async () => {
      const res = await get(`/reports/compliance?flowId=${ids.release}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        flowId: ids.release,
        flowName: 'release',
        from: null,
        to: null,
        totalTrails: 3,
        compliantTrails: 1,
        nonCompliantTrails: 1,
        pendingTrails: 1,
        complianceRate: 33.33,
        nonCompliantTrailListTruncated: false,
      });
      expect(res.body.nonCompliantTrailList).toEqual([
        expect.objectContaining({
          id: ids.failing,
          gitBranch: 'main',
          gitAuthor: 'jane',
          status: 'NON-COMPLIANT',
          reasons: [expect.stringContaining('junit')],
        }),
      ]);

      const all = (await get('/reports/compliance')).body;
      expect(all).toMatchObject({ flowName: 'All flows', totalTrails: 4 });
      const future = (
        await get('/reports/compliance?from=2999-01-01T00:00:00Z')
      ).body;
      expect(future.totalTrails).toBe(0);
      expect(future.complianceRate).toBe(0);
    });

    it('refuses bad report queries with the field named', async () => {
      expect(
        (await get('/reports/compliance?flowId=nope')).body.error.message,
      ).toMatch(/flowId: must be a UUID/);
      expect((await get('/reports/compliance?from=yesterday')).status).toBe(
        400,
      );
      const reversed = await get(
        '/reports/compliance?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      );
      expect(reversed.status).toBe(400);
      expect(reversed.body.error.message).toMatch(/from must not be after to/);
      expect((await get('/reports/compliance?flow=x')).status).toBe(400);
      expect(
        (
          await get(
            '/reports/compliance?flowId=00000000-0000-4000-8000-000000000000',
          )
        ).status,
      ).toBe(404);
      expect((await get('/metrics/security?days=0')).status).toBe(400);
      expect((await backend.http.get(`${API}/dashboard/stats`)).status).toBe(
        401,
      );
    });

    it('exports a trail for an auditor', async () => {
      const res = await get(`/reports/audit-trail/${ids.failing}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        trailId: ids.failing,
        trail: { id: ids.failing, name: 'failing' },
        flow: { id: ids.release, requiredAttestations: ['junit'] },
        compliance: { status: 'NON-COMPLIANT' },
        artifacts: [{ sha256: sha('failing') }],
        attestations: [{ type: 'junit', status: 'FAILED' }],
      });
      expect(res.body.securityScans).toHaveLength(2);
      expect(
        res.body.auditEvents.map((e: { eventType: string }) => e.eventType),
      ).toEqual(
        expect.arrayContaining(['TRAIL_CREATED', 'SECURITY_SCAN_RECORDED']),
      );
      expect(Date.parse(res.body.exportedAt)).not.toBeNaN();
      expect(
        (await get('/reports/audit-trail/00000000-0000-4000-8000-000000000000'))
          .status,
      ).toBe(404);
    });

    it('counts compliance, security and the dashboard in the database', async () => {
      expect(critical).toBeGreaterThan(0);
      const compliance = (await get('/metrics/compliance')).body;
      expect(compliance).toMatchObject({
        totalAttestations: 2,
        passedAttestations: 1,
        failedAttestations: 1,
        windowDays: null,
        totalTrails: 4,
        compliantTrails: 2,
        nonCompliantTrails: 1,
        pendingTrails: 1,
        complianceRate: 50,
        attestations: {
          total: 2,
          byStatus: { PASSED: 1, FAILED: 1 },
          passRate: 50,
        },
        gate: { decisions: 0, allowed: 0, denied: 0, allowRate: 0 },
      });

      const security = (await get('/metrics/security?days=30')).body;
      expect(security).toMatchObject({
        totalScans: 1,
        passedScans: 0,
        failedScans: 1,
        totalCritical: critical,
        totalHigh: high,
        scansBreachingThresholds: 1,
        windowDays: 30,
        scansInForce: 1,
        trailsScanned: 1,
        trailsWithCritical: 1,
        findings: { critical, high },
      });
      expect(security.byTool).toEqual([
        expect.objectContaining({ scans: 1, critical, high }),
      ]);

      const stats = (await get('/dashboard/stats')).body;
      expect(stats).toEqual({
        totalFlows: 2,
        totalTrails: 4,
        compliantTrails: 2,
        nonCompliantTrails: 1,
        pendingTrails: 1,
        complianceRate: 50,
        totalArtifacts: 3,
        totalEnvironments: 0,
        pendingApprovals: 0,
        openCriticalFindings: critical,
        openHighFindings: high,
      });
    });
  },
);
