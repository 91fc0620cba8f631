import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { LedgerStore } from '../database/LedgerStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { Ledger } from './Ledger';
import { SigningKey } from './signingKey';
import { generateKeyPairSync } from 'node:crypto';
import { refLeaf, refPath, refProof, refRoot } from './rfc6962.testkit';
import { openCheckpoint } from './checkpoint';
import { consistencyRanges } from './merkle';

const databases = createTestDatabases();
jest.setTimeout(240_000);

const key = SigningKey.load(
  generateKeyPairSync('ed25519')
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString(),
  'test.example/ledger',
);

async function bulkAppend(knex: Knex, from: number, count: number) {
  const rows = Array.from({ length: count }, (_, i) => {
    const data = Buffer.from(
      JSON.stringify({ v: 1, n: from + i, recordId: `r${from + i}` }),
    );
    return {
      event_type: 'ATTESTATION_RECORDED',
      record_type: 'attestation',
      record_id: `r${from + i}`,
      actor: 'bench',
      leaf_data: data,
      leaf_hash: refLeaf(data),
      recorded_at: new Date(),
    };
  });
  // SQLite allows 500 terms in the compound SELECT knex builds for a multi-row insert.
  for (let i = 0; i < rows.length; i += 400)
    await knex('ledger_entries').insert(rows.slice(i, i + 400));
  return rows.map(r => r.leaf_hash);
}

describe.each(databases.eachSupportedId())(
  'ledger over 70,000 leaves on %s',
  databaseId => {
    let knex: Knex;
    let ledger: Ledger;
    let leaves: Buffer[];
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      await migrateDatabase(mockServices.database({ knex }));
      ledger = new Ledger(new LedgerStore(knex), {
        origin: 'test.example/ledger',
        key,
        keySource: 'config',
        checkpointIntervalMs: 0,
        logger: mockServices.logger.mock(),
      });
      leaves = await bulkAppend(knex, 0, 1000);
      await ledger.sequence();
      leaves.push(...(await bulkAppend(knex, 1000, 69_000)));
      await ledger.sequence();
    });

    it('sequences every leaf once, densely, and stores the subtree levels', async () => {
      expect(await ledger.size()).toBe(70_000);
      const [{ count, min, max }] = await knex('ledger_entries')
        .count({ count: '*' })
        .min({ min: 'leaf_index' })
        .max({ max: 'leaf_index' });
      expect([Number(count), Number(min), Number(max)]).toEqual([
        70_000, 0, 69_999,
      ]);
      const nodes = (await knex('ledger_nodes')
        .select('level')
        .count({ count: '*' })
        .groupBy('level')
        .orderBy('level')) as Array<{ level: number; count: number }>;
      expect(nodes.map(n => [Number(n.level), Number(n.count)])).toEqual([
        [8, Math.floor(70_000 / 256)],
        [16, 1],
      ]);
    });

    it('roots, audit paths and consistency proofs across the stored levels match the RFC definitions', async () => {
      for (const n of [1, 256, 1000, 65_535, 65_536, 65_537, 70_000]) {
        const root = await ledger.rootAt(n);
        expect(root.equals(refRoot(leaves.slice(0, n)))).toBe(true);
        for (const m of [0, n - 1, Math.floor(n / 3)]) {
          const proof = await ledger.inclusionProofAt(m, n);
          expect(proof.hashes).toEqual(
            refPath(m, leaves.slice(0, n)).map(h => h.toString('hex')),
          );
        }
      }
      for (const [m, n] of [
        [1000, 70_000],
        [65_536, 65_537],
        [257, 65_536],
      ]) {
        const proof = await ledger.consistencyProof(m, n);
        expect(proof.verified).toBe(true);
        expect(proof.hashes).toEqual(
          refProof(m, leaves.slice(0, n)).map(h => h.toString('hex')),
        );
        expect(consistencyRanges(m, n).length).toBe(proof.hashes.length);
      }
    });

    it('signs checkpoints as c2sp.org signed notes and re-verifies the whole log from its data', async () => {
      const checkpoint = await ledger.latestCheckpoint();
      const opened = openCheckpoint(
        checkpoint.note,
        'test.example/ledger',
        key,
      );
      expect(opened).toEqual({
        head: { size: 70_000, rootHash: refRoot(leaves) },
      });
      const result = await ledger.verifyChain({});
      expect(result).toMatchObject({
        valid: true,
        entriesChecked: 70_000,
        treeSize: 70_000,
      });
      expect(result.checkpointsVerified).toBeGreaterThanOrEqual(2);
    });

    it('finds a stored subtree hash that no longer matches its leaves', async () => {
      const [node] = await knex('ledger_nodes').where({
        level: 8,
        node_index: 3,
      });
      await knex('ledger_nodes')
        .where({ level: 8, node_index: 3 })
        .update({ hash: Buffer.alloc(32, 7) });
      const result = await ledger.verifyChain({});
      expect(result).toMatchObject({ valid: false, brokenAt: 'node 8/3' });
      await knex('ledger_nodes')
        .where({ level: 8, node_index: 3 })
        .update({ hash: node.hash });
      expect((await ledger.verifyChain({})).valid).toBe(true);
    });
  },
);
