import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import {
  createHash,
  createPublicKey,
  verify as verifySignature,
} from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { factstorePlugin } from '../plugin';
import {
  refLeaf,
  refPath,
  refProof,
  refRoot,
  refRootFromPath,
} from '../ledger/rfc6962.testkit';

const databases = createTestDatabases();
// Hundreds of requests per test on a loaded machine: generous, and never a measure of speed.
jest.setTimeout(180_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');
const fromHex = (h: string) => Buffer.from(h, 'hex');
/** RFC 8785 for JSON values as parsed: keys sorted by code unit, no whitespace. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object)
    .sort()
    .map(k => `${JSON.stringify(k)}:${canonical(object[k])}`)
    .join(',')}}`;
}

/** Verifies a c2sp.org signed note by hand from a served verifier key. */
function openNote(note: string, verifierKey: string) {
  const [name, keyIdHex, keyData] = verifierKey.split('+');
  const key = Buffer.from(keyData, 'base64');
  expect(key[0]).toBe(0x01); // Ed25519
  const raw = key.subarray(1);
  expect(
    createHash('sha256')
      .update(Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([1]), raw]))
      .digest()
      .subarray(0, 4)
      .toString('hex'),
  ).toBe(keyIdHex);
  const [body, signatures] = note.split('\n\n');
  const line = signatures.trim();
  expect(line.startsWith(`\u2014 ${name} `)).toBe(true);
  const sig = Buffer.from(line.slice(`\u2014 ${name} `.length), 'base64');
  expect(sig.subarray(0, 4).toString('hex')).toBe(keyIdHex);
  const publicKey = createPublicKey({
    key: Buffer.concat([
      Buffer.from('302a300506032b6570032100', 'hex'), // SPKI prefix of Ed25519
      raw,
    ]),
    format: 'der',
    type: 'spki',
  });
  const valid = verifySignature(
    null,
    Buffer.from(`${body}\n`),
    publicKey,
    sig.subarray(4),
  );
  const [origin, size, root] = body.split('\n');
  return {
    valid,
    origin,
    size: Number(size),
    root: Buffer.from(root, 'base64'),
  };
}

describe.each(databases.eachSupportedId())(
  'factstore ledger on %s',
  databaseId => {
    let backend: PluginBackend;
    let knex: Knex;
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex,
        config: { factstore: { ledger: { checkpointIntervalMs: 0 } } },
      });
    });
    afterAll(() => backend.stop());

    const post = (
      path: string,
      body: object,
      headers: Record<string, string> = jane,
    ) => backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers: Record<string, string> = jane) =>
      backend.http.get(`${API}${path}`).set(headers);

    /** The leaves of the whole log, in order, as served. */
    async function allLeaves(): Promise<Buffer[]> {
      const leaves: Buffer[] = [];
      for (let page = 0; ; page++) {
        const res = await get(`/ledger/entries?page=${page}&size=1000`);
        expect(res.status).toBe(200);
        leaves.push(
          ...res.body.entries.map((e: { leaf: string }) =>
            Buffer.from(e.leaf, 'base64'),
          ),
        );
        if (page + 1 >= res.body.totalPages) break;
      }
      return leaves.reverse(); // newest first
    }

    it('appends every evidence write, and proves it', async () => {
      const flow = (
        await post('/flows', {
          name: 'ledgered',
          requiredAttestations: ['junit'],
        })
      ).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run-1' }, ci)
      ).body;
      const digest = sha('ledgered');
      const artifact = await post(
        `/trails/${trail.id}/artifacts`,
        { name: 'app', sha256Digest: digest },
        ci,
      );
      expect(artifact.status).toBe(201);
      const attestation = await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'PASSED' },
        ci,
      );
      expect(attestation.status).toBe(201);

      const entry = await get(`/ledger/entries/${attestation.body.id}`);
      expect(entry.status).toBe(200);
      expect(entry.body).toMatchObject({
        recordId: attestation.body.id,
        recordType: 'attestation',
        eventType: 'ATTESTATION_RECORDED',
        actor: 'external:ci',
        sequenced: true,
      });
      const leaf = Buffer.from(entry.body.leaf, 'base64');
      expect(refLeaf(leaf).toString('hex')).toBe(entry.body.leafHash);
      const record = JSON.parse(leaf.toString());
      expect(record.contentSha256).toBe(
        entry.body.contentHash.replace('sha256:', ''),
      );
      // The leaf, written in the same statement as the attestation, records the answer as sent.
      expect(record.contentSha256).toBe(sha(canonical(attestation.body)));
      expect(record.trailId).toBe(trail.id);

      // A Kosli attestation to a trail named by flow and name: the same leaf, with the trail's id.
      const kosli = await backend.http
        .post(
          '/api/factstore/api/v2/attestations/default/ledgered/trail/run-1/generic',
        )
        .set(ci)
        .send({ attestation_name: 'lint', is_compliant: true });
      expect(kosli.status).toBe(201);
      const kosliEntry = await get(`/ledger/entries/${kosli.body.id}`);
      expect(kosliEntry.status).toBe(200);
      const kosliRecord = JSON.parse(
        Buffer.from(kosliEntry.body.leaf, 'base64').toString(),
      );
      expect(kosliRecord).toMatchObject({
        recordType: 'attestation',
        eventType: 'ATTESTATION_RECORDED',
        trailId: trail.id,
        details: { type: 'generic', status: 'PASSED' },
      });
      expect(kosliRecord.contentSha256).toBe(sha(canonical(kosli.body)));

      const verified = await post(`/ledger/verify/${attestation.body.id}`, {});
      expect(verified.status).toBe(200);
      expect(verified.body.verified).toBe(true);
      const { inclusionProof } = verified.body;
      const root = refRootFromPath(
        inclusionProof.logIndex,
        inclusionProof.treeSize,
        refLeaf(leaf),
        inclusionProof.hashes.map(fromHex),
      );
      expect(root.toString('hex')).toBe(verified.body.rootHash);

      const key = (await get('/ledger/public-key')).body;
      const note = openNote(verified.body.checkpoint, key.verifierKey);
      expect(note).toMatchObject({
        valid: true,
        size: inclusionProof.treeSize,
      });
      expect(note.root.toString('hex')).toBe(verified.body.rootHash);

      const leaves = (await allLeaves()).map(refLeaf);
      expect(
        refRoot(leaves.slice(0, inclusionProof.treeSize)).toString('hex'),
      ).toBe(verified.body.rootHash);
    });
    it('serves audit paths and consistency proofs that an RFC 6962 verifier accepts, for every size up to 64+', async () => {
      const flow = (await post('/flows', { name: 'sizes' })).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run' }, ci)
      ).body;
      for (let i = 0; i < 64; i++)
        expect(
          (
            await post(
              `/trails/${trail.id}/attestations`,
              { type: `t${i % 5}`, status: 'PASSED' },
              ci,
            )
          ).status,
        ).toBe(201);
      const leaves = (await allLeaves()).map(refLeaf);
      expect(leaves.length).toBeGreaterThanOrEqual(64);
      for (let n = 1; n <= leaves.length; n++) {
        const tree = leaves.slice(0, n);
        const root = refRoot(tree);
        for (const m of new Set([0, Math.floor(n / 2), n - 1])) {
          const res = await get(
            `/ledger/proofs/inclusion?leafIndex=${m}&treeSize=${n}`,
          );
          expect(res.status).toBe(200);
          expect(res.body.rootHash).toBe(root.toString('hex'));
          const path = res.body.hashes.map(fromHex);
          expect(refRootFromPath(m, n, tree[m], path).equals(root)).toBe(true);
          expect(res.body.hashes).toEqual(
            refPath(m, tree).map(h => h.toString('hex')),
          );
        }
        for (const m of new Set([1, Math.ceil(n / 2), n - 1, n])) {
          if (m < 1) continue;
          const res = await get(
            `/ledger/proofs/consistency?firstSize=${m}&secondSize=${n}`,
          );
          expect(res.status).toBe(200);
          expect(res.body).toMatchObject({
            firstRootHash: refRoot(tree.slice(0, m)).toString('hex'),
            secondRootHash: root.toString('hex'),
            hashes: refProof(m, tree).map(h => h.toString('hex')),
            verified: true,
          });
        }
      }
      const bad = await get(
        `/ledger/proofs/consistency?firstSize=${leaves.length + 5}`,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/firstSize/);
    });

    it('finds a leaf whose stored data was changed in SQL, and one whose data and hash were both changed', async () => {
      const flow = (await post('/flows', { name: 'tampered' })).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run' }, ci)
      ).body;
      const attestation = (
        await post(
          `/trails/${trail.id}/attestations`,
          { type: 'snyk', status: 'FAILED' },
          ci,
        )
      ).body;
      expect((await post('/ledger/verify-chain', {})).body.valid).toBe(true);
      const entry = (await get(`/ledger/entries/${attestation.id}`)).body;
      const row = await knex('ledger_entries')
        .where({ leaf_index: entry.leafIndex })
        .first();
      const forged = Buffer.from(
        Buffer.from(row.leaf_data)
          .toString()
          .replace('ATTESTATION_RECORDED', 'ATTESTATION_RECORDEX'),
      );

      await knex('ledger_entries')
        .where({ leaf_index: entry.leafIndex })
        .update({ leaf_data: forged });
      const chain = await post('/ledger/verify-chain', {});
      expect(chain.status).toBe(200);
      expect(chain.body).toMatchObject({
        valid: false,
        brokenAt: `entry ${entry.leafIndex}`,
      });
      expect(chain.body.message).toMatch(/does not hash to its leaf hash/);
      const record = await post(`/ledger/verify/${attestation.id}`, {});
      expect(record.body).toMatchObject({ verified: false });

      // Data and leaf hash rewritten together: the signed checkpoints no longer match.
      await knex('ledger_entries')
        .where({ leaf_index: entry.leafIndex })
        .update({ leaf_data: forged, leaf_hash: refLeaf(forged) });
      const rewritten = await post('/ledger/verify-chain', {});
      expect(rewritten.body.valid).toBe(false);
      expect(rewritten.body.brokenAt).toMatch(/^checkpoint \d+$/);
      expect(rewritten.body.message).toMatch(/signed root/);
      expect(
        (await post(`/ledger/verify/${attestation.id}`, {})).body.verified,
      ).toBe(false);

      await knex('ledger_entries')
        .where({ leaf_index: entry.leafIndex })
        .update({ leaf_data: row.leaf_data, leaf_hash: row.leaf_hash });
      const restored = await post('/ledger/verify-chain', {});
      expect(restored.body).toMatchObject({
        valid: true,
        treeSize: entry.leafIndex + 1,
      });
      expect(restored.body.consistency.verified).toBe(true);
    });

    it('verifies a date range, and refuses a malformed one', async () => {
      const from = new Date(Date.now() - 60_000).toISOString();
      const ranged = await post('/ledger/verify-chain', {
        from,
        to: new Date().toISOString(),
      });
      expect(ranged.status).toBe(200);
      expect(ranged.body.valid).toBe(true);
      expect(ranged.body.entriesChecked).toBeGreaterThan(0);
      const empty = await post('/ledger/verify-chain', {
        from: '2001-01-01T00:00:00Z',
        to: '2001-01-02T00:00:00Z',
      });
      expect(empty.body).toMatchObject({ valid: true, entriesChecked: 0 });
      const bad = await post('/ledger/verify-chain', { from: 'yesterday' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/from/);
      const reversed = await post('/ledger/verify-chain', {
        from: '2030-01-01T00:00:00Z',
        to: '2029-01-01T00:00:00Z',
      });
      expect(reversed.status).toBe(400);
    });

    it('serves status, the latest signed checkpoint and 404 for an unknown record; needs credentials', async () => {
      const status = (await get('/ledger/status')).body;
      expect(status).toMatchObject({
        enabled: true,
        healthy: true,
        pendingEntries: 0,
        keySource: 'development-default',
      });
      const key = (await get('/ledger/public-key')).body;
      const checkpoint = await get('/ledger/checkpoint');
      expect(checkpoint.headers['content-type']).toMatch(/text\/plain/);
      const note = openNote(checkpoint.text, key.verifierKey);
      expect(note).toMatchObject({
        valid: true,
        origin: status.origin,
        size: status.treeSize,
      });
      expect((await get('/ledger/entries/no-such-record')).status).toBe(404);
      expect((await backend.http.get(`${API}/ledger/status`)).status).toBe(401);
    });

    it('two backends on one database append concurrently and never fork the log', async () => {
      // A second backend with its own connections to the same database (SQLite in memory has one).
      const connection = knex.client.config.connection;
      const second =
        knex.client.config.client === 'pg'
          ? knexFactory({ client: 'pg', connection })
          : knex;
      const replica = await startPluginBackend({
        features: [factstorePlugin],
        knex: second,
        config: { factstore: { ledger: { checkpointIntervalMs: 0 } } },
      });
      try {
        const flow = (await post('/flows', { name: 'replicated' })).body;
        const trail = (
          await post('/trails', { flowId: flow.id, name: 'run' }, ci)
        ).body;
        const before = (await get('/ledger/status')).body.treeSize;
        const write = (http: PluginBackend['http'], i: number) =>
          http
            .post(`${API}/trails/${trail.id}/attestations`)
            .set(ci)
            .send({ type: `r${i}`, status: 'PASSED' });
        const results = await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            write(i % 2 ? replica.http : backend.http, i),
          ),
        );
        expect(results.map(r => r.status)).toEqual(Array(60).fill(201));
        const chain = await post('/ledger/verify-chain', {});
        expect(chain.body).toMatchObject({
          valid: true,
          treeSize: before + 60,
        });
        const rows = await knex('ledger_entries').whereIn(
          'record_id',
          results.map(r => r.body.id),
        );
        expect(rows).toHaveLength(60);
        expect(new Set(rows.map(r => Number(r.leaf_index))).size).toBe(60);
        const [{ max }] = await knex('ledger_entries').max({
          max: 'leaf_index',
        });
        expect(Number(max)).toBe(before + 59);
        const replicaView = await replica.http
          .post(`${API}/ledger/verify-chain`)
          .set(jane)
          .send({});
        expect(replicaView.body).toMatchObject({
          valid: true,
          rootHash: chain.body.rootHash,
        });
      } finally {
        await replica.stop();
        if (second !== knex) await second.destroy();
      }
    });

    it('signs the verification summary of an assert as a DSSE envelope with the ledger key', async () => {
      const flow = (
        await post('/flows', { name: 'vsa', requiredAttestations: ['junit'] })
      ).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run' }, ci)
      ).body;
      const digest = sha('vsa');
      await post(
        `/trails/${trail.id}/artifacts`,
        { name: 'app', sha256Digest: digest },
        ci,
      );
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'PASSED' },
        ci,
      );
      const assertion = (
        await post('/assert', { flowId: flow.id, sha256Digest: digest })
      ).body;
      expect(assertion.compliant).toBe(true);
      const envelope = assertion.verificationSummaryEnvelope;
      expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
      const payload = Buffer.from(envelope.payload, 'base64');
      expect(JSON.parse(payload.toString())).toEqual(
        assertion.verificationSummary,
      );
      // PAE by hand: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body.
      const type = 'application/vnd.in-toto+json';
      const pae = Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} ${type} ${payload.length} `),
        payload,
      ]);
      const key = (await get('/ledger/public-key')).body;
      const publicKey = createPublicKey(key.publicKeyPem);
      expect(envelope.signatures).toHaveLength(1);
      const [signature] = envelope.signatures;
      expect(signature.keyid).toBe(
        createHash('sha256')
          .update(publicKey.export({ format: 'der', type: 'spki' }))
          .digest('hex'),
      );
      expect(
        verifySignature(
          null,
          pae,
          publicKey,
          Buffer.from(signature.sig, 'base64'),
        ),
      ).toBe(true);
      const altered = Buffer.from(pae);
      altered[altered.length - 2] ^= 1;
      expect(
        verifySignature(
          null,
          altered,
          publicKey,
          Buffer.from(signature.sig, 'base64'),
        ),
      ).toBe(false);

      const kosli = await backend.http
        .get(
          `/api/factstore/api/v2/asserts/default/fingerprint/${digest}?flow_name=vsa`,
        )
        .set(jane);
      expect(kosli.status).toBe(200);
      const kosliEnvelope = kosli.body.verification_summary_envelope;
      const kosliPayload = Buffer.from(kosliEnvelope.payload, 'base64');
      expect(
        verifySignature(
          null,
          Buffer.concat([
            Buffer.from(
              `DSSEv1 ${type.length} ${type} ${kosliPayload.length} `,
            ),
            kosliPayload,
          ]),
          publicKey,
          Buffer.from(kosliEnvelope.signatures[0].sig, 'base64'),
        ),
      ).toBe(true);
    });
  },
);
