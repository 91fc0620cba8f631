/*
 * The evidence ledger at 1,000,000 entries on PostgreSQL: how fast the sequencer positions them,
 * and how long POST /verify-chain's work (re-hash every leaf from its stored data, rebuild the
 * root of every signed checkpoint) takes, as a ratio to raw SHA-256 of the same leaf bytes in the
 * same run.
 */
import { hash, createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { LedgerStore } from '../../plugins/factstore-backend/src/database/LedgerStore';
import { Ledger } from '../../plugins/factstore-backend/src/ledger/Ledger';
import { leafData } from '../../plugins/factstore-backend/src/ledger/leaf';
import { leafHash } from '../../plugins/factstore-backend/src/ledger/merkle';
import { SigningKey } from '../../plugins/factstore-backend/src/ledger/signingKey';
import { benchPostgresConnection } from '../lib/backend';

const EVENTS = [
  'ATTESTATION_RECORDED',
  'ARTIFACT_REPORTED',
  'EVIDENCE_UPLOADED',
  'POLICY_DECISION_RECORDED',
];

/** Leaves shaped like the ones evidence writes make (about 330 bytes of canonical JSON). */
function makeLeaves(count: number): Buffer[] {
  const trail = randomUUID();
  const leaves: Buffer[] = [];
  for (let i = 0; i < count; i++)
    leaves.push(
      leafData({
        eventType: EVENTS[i % EVENTS.length],
        recordType: 'attestation',
        recordId: randomUUID(),
        trailId: trail,
        actor: 'external:ci-pipeline',
        recordedAt: new Date(1_790_000_000_000 + i).toISOString(),
        contentSha256: createHash('sha256').update(String(i)).digest('hex'),
        details: { type: 'junit', status: 'PASSED' },
      }),
    );
  return leaves;
}

const ms = (from: number) => Math.round(performance.now() - from);

export async function ledgerBench(database: string, entries: number) {
  const admin = knexFactory({
    client: 'pg',
    connection: benchPostgresConnection(),
  });
  await admin.raw(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${database}`);
  const url = new URL(benchPostgresConnection());
  url.pathname = `/${database}`;
  const knex: Knex = knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 1, max: 4 },
  });
  try {
    await knex.migrate.latest({
      directory: resolve(
        __dirname,
        '../../plugins/factstore-backend/migrations',
      ),
    });
    const key = SigningKey.load(
      generateKeyPairSync('ed25519')
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString(),
      'bench.example/factstore',
    );
    const ledger = new Ledger(new LedgerStore(knex), {
      origin: 'bench.example/factstore',
      key,
      keySource: 'config',
      checkpointIntervalMs: 0,
      logger: { warn: () => {} } as never,
    });

    const leaves = makeLeaves(entries);
    const bytes = leaves.reduce((n, l) => n + l.length, 0);

    // Written as evidence writes write them: leaf data and hash, no position yet.
    let started = performance.now();
    const batch = 1000;
    for (let i = 0; i < leaves.length; i += batch) {
      await knex('ledger_entries').insert(
        leaves.slice(i, i + batch).map(data => ({
          event_type: 'ATTESTATION_RECORDED',
          record_type: 'attestation',
          record_id: randomUUID(),
          actor: 'external:ci-pipeline',
          leaf_data: data,
          leaf_hash: leafHash(data),
          recorded_at: new Date(),
        })),
      );
    }
    const insertMs = ms(started);

    started = performance.now();
    await ledger.sequence();
    const sequenceMs = ms(started);

    // Best of three for both sides, in the same process, on the same bytes.
    const timeBest = async (work: () => unknown | Promise<unknown>) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        await work();
        best = Math.min(best, performance.now() - t);
      }
      return Math.round(best);
    };
    const perLeafMs = await timeBest(() => {
      for (const leaf of leaves) hash('sha256', leaf, 'buffer');
    });
    const streamMs = await timeBest(() => {
      const h = createHash('sha256');
      for (const leaf of leaves) h.update(leaf);
      h.digest();
    });
    let verification;
    const verifyMs = await timeBest(async () => {
      verification = await ledger.verifyChain({});
    });
    if (!verification!.valid)
      throw new Error(`verify-chain failed: ${verification!.message}`);

    return {
      entries,
      leafBytes: bytes,
      insertPendingMs: insertMs,
      sequenceMs,
      sequencedPerSecond: Math.round((entries * 1000) / sequenceMs),
      verifyMs,
      sha256PerLeafMs: perLeafMs,
      sha256StreamMs: streamMs,
      ratioToPerLeafSha256: Number((verifyMs / perLeafMs).toFixed(2)),
      ratioToStreamSha256: Number((verifyMs / streamMs).toFixed(2)),
      checkpointsVerified: verification!.checkpointsVerified,
    };
  } finally {
    await knex.destroy();
    await admin.raw(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.destroy();
  }
}
