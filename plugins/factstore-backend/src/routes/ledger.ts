import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import type { StoredLeaf } from '../database/LedgerStore';
import { callerOf, type RouteContext } from '../http/context';

const pageQuery = z.object({
  page: z.coerce.number().int().min(0).default(0),
  size: z.coerce.number().int().min(1).max(1000).default(20),
});

const verifyChainBody = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .refine(b => !b.from || !b.to || Date.parse(b.from) <= Date.parse(b.to), {
    message: 'from must not be after to',
    path: ['from'],
  });

const sizeParam = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const consistencyQuery = z.object({
  firstSize: sizeParam.min(1),
  secondSize: sizeParam.optional(),
});

const inclusionQuery = z.object({
  leafIndex: sizeParam,
  treeSize: sizeParam.min(1).optional(),
});

const checkpointQuery = z.object({ treeSize: sizeParam.optional() });

const recordIdParam = z.object({
  recordId: z.string().min(1).max(255),
});

/** A ledger entry as the API shows it (OpenFactstore's field names, and the leaf itself). */
function entryJson(leaf: StoredLeaf) {
  const record = JSON.parse(leaf.leafData.toString('utf8'));
  return {
    entryId: leaf.leafIndex === undefined ? null : String(leaf.leafIndex),
    leafIndex: leaf.leafIndex ?? null,
    recordId: leaf.recordId,
    recordType: leaf.recordType,
    eventType: leaf.eventType,
    trailId: leaf.trailId,
    actor: leaf.actor,
    contentHash: `sha256:${record.contentSha256}`,
    leafHash: leaf.leafHash.toString('hex'),
    timestamp: leaf.recordedAt,
    metadata: record.details ?? {},
    /** The exact bytes the leaf hash covers: SHA-256(0x00 || base64-decoded leaf). */
    leaf: leaf.leafData.toString('base64'),
    sequenced: leaf.leafIndex !== undefined,
  };
}

/** The evidence ledger: entries, proofs, signed checkpoints and verification. */
export function ledgerRoutes(router: Router, ctx: RouteContext) {
  const { ledger } = ctx;

  router.get('/api/v1/ledger/entries', async (req, res) => {
    await callerOf(ctx, req);
    const { page, size } = parseInput(pageQuery, req.query, 'query');
    await ledger.sequence();
    const { leaves, total } = await ledger.entries(page * size, size);
    res.json({
      entries: leaves.map(entryJson),
      page,
      size,
      totalElements: total,
      totalPages: Math.ceil(total / size),
    });
  });

  router.get('/api/v1/ledger/entries/:recordId', async (req, res) => {
    await callerOf(ctx, req);
    const { recordId } = parseInput(recordIdParam, req.params, 'params');
    await ledger.sequence();
    const leaves = await ledger.ofRecord(recordId);
    if (leaves.length === 0)
      throw new NotFoundError(`No ledger entry for record ${recordId}`);
    res.json({
      ...entryJson(leaves[leaves.length - 1]),
      history: leaves.map(entryJson),
    });
  });

  router.post('/api/v1/ledger/verify/:recordId', async (req, res) => {
    await callerOf(ctx, req);
    const { recordId } = parseInput(recordIdParam, req.params, 'params');
    const result = await ledger.verifyRecord(recordId);
    if (!result)
      throw new NotFoundError(`No ledger entry for record ${recordId}`);
    const { checkpoint, verified } = result;
    const entries = verified.map(v => ({
      ...entryJson(v.entry),
      dataMatchesLeafHash: v.dataMatches,
      included: v.included,
      inclusionProof: 'proof' in v ? v.proof : undefined,
    }));
    const latest = entries[entries.length - 1];
    const ok = entries.every(e => e.dataMatchesLeafHash && e.included);
    const broken = entries.find(e => !e.dataMatchesLeafHash || !e.included);
    res.json({
      recordId,
      verified: ok,
      contentHash: latest.contentHash,
      chainPosition: latest.leafIndex,
      ledgerTimestamp: latest.timestamp,
      verifiedAt: new Date().toISOString(),
      message: ok
        ? `${entries.length} ledger entr${entries.length === 1 ? 'y' : 'ies'} of ${recordId} re-hashed and proven included in the signed checkpoint of ${checkpoint.treeSize} entries`
        : `ledger entry ${broken!.leafIndex ?? '(not sequenced)'} of ${recordId} ${broken!.dataMatchesLeafHash ? 'is not included in the signed tree' : 'does not hash to its stored leaf hash'}`,
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash.toString('hex'),
      checkpoint: checkpoint.note,
      leafHash: latest.leafHash,
      inclusionProof: latest.inclusionProof,
      entries,
    });
  });

  router.post('/api/v1/ledger/verify-chain', async (req, res) => {
    await callerOf(ctx, req);
    const body = parseInput(verifyChainBody, req.body ?? {}, 'body');
    res.json(
      await ledger.verifyChain({
        from: body.from ? new Date(body.from) : undefined,
        to: body.to ? new Date(body.to) : undefined,
      }),
    );
  });

  router.get('/api/v1/ledger/status', async (req, res) => {
    await callerOf(ctx, req);
    const status = await ledger.status();
    res.json({
      enabled: true,
      type: 'rfc6962-merkle-log',
      origin: ledger.origin,
      totalEntries: status.checkpoint.treeSize,
      pendingEntries: status.pending,
      treeSize: status.checkpoint.treeSize,
      rootHash: status.checkpoint.rootHash.toString('hex'),
      checkpoint: status.checkpoint.note,
      checkpointCreatedAt: status.checkpoint.createdAt,
      checkpoints: status.checkpoints,
      verifierKey: ledger.key.verifierKey,
      keySource: ledger.keySource,
      healthy: true,
      message:
        ledger.keySource === 'config'
          ? 'sequenced and signed'
          : 'sequenced and signed with the published development key: configure factstore.ledger.signingKey',
    });
  });

  router.get('/api/v1/ledger/checkpoint', async (req, res) => {
    await callerOf(ctx, req);
    const { treeSize } = parseInput(checkpointQuery, req.query, 'query');
    const checkpoint =
      treeSize === undefined
        ? await ledger.latestCheckpoint()
        : await ledger.storedCheckpoint(treeSize);
    if (!checkpoint)
      throw new NotFoundError(
        `No checkpoint was signed at tree size ${treeSize}`,
      );
    res.type('text/plain; charset=utf-8').send(checkpoint.note);
  });

  router.get('/api/v1/ledger/public-key', async (req, res) => {
    await callerOf(ctx, req);
    res.json({
      algorithm: 'Ed25519',
      keyName: ledger.key.name,
      keyId: ledger.key.keyId.toString('hex'),
      verifierKey: ledger.key.verifierKey,
      publicKeyPem: ledger.key.publicKeyPem,
      dsseKeyId: ledger.key.dsseKeyId,
      keySource: ledger.keySource,
    });
  });

  router.get('/api/v1/ledger/proofs/consistency', async (req, res) => {
    await callerOf(ctx, req);
    const query = parseInput(consistencyQuery, req.query, 'query');
    const size = await ledger.sequence();
    const second = query.secondSize ?? size;
    if (second > size || query.firstSize > second)
      throw new InputError(
        `Invalid request query: need 1 <= firstSize <= secondSize <= ${size} (the tree size), got firstSize ${query.firstSize} and secondSize ${second}`,
      );
    res.json(await ledger.consistencyProof(query.firstSize, second));
  });

  router.get('/api/v1/ledger/proofs/inclusion', async (req, res) => {
    await callerOf(ctx, req);
    const query = parseInput(inclusionQuery, req.query, 'query');
    const latest = await ledger.latestCheckpoint();
    const treeSize = query.treeSize ?? latest.treeSize;
    if (treeSize > latest.treeSize || query.leafIndex >= treeSize)
      throw new InputError(
        `Invalid request query: need leafIndex < treeSize <= ${latest.treeSize} (the tree size), got leafIndex ${query.leafIndex} and treeSize ${treeSize}`,
      );
    res.json(await ledger.inclusionProofAt(query.leafIndex, treeSize));
  });
}
