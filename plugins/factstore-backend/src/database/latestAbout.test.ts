import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '@fawkes/test-kit';
import type { Knex } from 'knex';
import {
  recordAttestation,
  type TestAttestation,
} from '../__testUtils__/attestations';
import { AttestationStore } from './AttestationStore';
import { migrateDatabase } from './migrateDatabase';
import { newId } from './rows';

const databases = createTestDatabases();
jest.setTimeout(120_000);

const SHA = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe.each(databases.eachSupportedId())(
  'AttestationStore.latestAbout on %s',
  databaseId => {
    let knex: Knex;
    let store: AttestationStore;
    let trailId: string;
    let otherTrailId: string;
    const record = (trail: string, ...attestation: TestAttestation) =>
      recordAttestation(store, trail, ...attestation);

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      await migrateDatabase(mockServices.database({ knex }));
      store = new AttestationStore(knex);
      const now = new Date();
      const flowId = newId();
      await knex('flows').insert({
        id: flowId,
        name: 'latest',
        created_by: 'test',
        created_at: now,
        updated_at: now,
      });
      [trailId, otherTrailId] = [newId(), newId()];
      await knex('trails').insert(
        [trailId, otherTrailId].map((id, i) => ({
          id,
          flow_id: flowId,
          name: `t${i}`,
          created_by: 'test',
          created_at: now,
          updated_at: now,
        })),
      );
    });

    it('answers the newest of each (type, name) trail-wide or about the artifact, oldest first', async () => {
      await record(trailId, 'junit', 'unit', 'FAILED', SHA);
      const unitPassed = await record(trailId, 'junit', 'unit', 'PASSED', SHA);
      await record(trailId, 'junit', 'integration', 'PASSED');
      const integrationFailed = await record(
        trailId,
        'junit',
        'integration',
        'FAILED',
      );
      // Another artifact's and another trail's attestations never answer.
      await record(trailId, 'snyk', 'snyk', 'FAILED', OTHER);
      await record(otherTrailId, 'trivy', 'trivy', 'FAILED', SHA);
      for (let i = 0; i < 30; i++)
        await record(trailId, 'lint', 'lint', i % 2 ? 'PASSED' : 'FAILED', SHA);
      const lastLint = await record(trailId, 'lint', 'lint', 'PASSED', SHA);
      // The same (type, name) trail-wide and about the artifact are two subjects.
      const lintTrailWide = await record(trailId, 'lint', 'lint', 'FAILED');

      const latest = await store.latestAbout(trailId, SHA);
      expect(
        latest.map(a => [a.id, a.type, a.name, a.status, a.artifactSha256]),
      ).toEqual([
        [unitPassed.id, 'junit', 'unit', 'PASSED', SHA],
        [integrationFailed.id, 'junit', 'integration', 'FAILED', undefined],
        [lastLint.id, 'lint', 'lint', 'PASSED', SHA],
        [lintTrailWide.id, 'lint', 'lint', 'FAILED', undefined],
      ]);
      expect(latest.every(a => a.trailId === trailId)).toBe(true);
      expect(latest.map(a => a.seq)).toEqual(
        [...latest.map(a => a.seq)].sort((x, y) => x - y),
      );
    });

    it('matches the grouped read of every attestation of the trail', async () => {
      const grouped = (await store.latestOfTrails([trailId]))
        .filter(a => !a.artifactSha256 || a.artifactSha256 === SHA)
        .sort((a, b) => a.seq - b.seq);
      expect(await store.latestAbout(trailId, SHA)).toEqual(grouped);
      expect(await store.latestAbout(otherTrailId, OTHER)).toEqual([]);
    });
  },
);
