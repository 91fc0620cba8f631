import { randomBytes } from 'node:crypto';
import {
  CompactRange,
  consistencyRanges,
  inclusionRanges,
  leafHash,
  perfectSubtrees,
  rootFromInclusionProof,
  verifyConsistency,
} from './merkle';
import {
  refLeaf,
  refPath,
  refProof,
  refRoot,
  refRootFromPath,
} from './rfc6962.testkit';
import { nodesCompletedBetween, rangeHashes, STRIDE } from './tree';

/** Stored hashes as the ledger keeps them: leaves, and complete subtrees every STRIDE levels. */
function memoryStore(leaves: Buffer[]) {
  const levels = new Map<number, Buffer[]>([[0, leaves]]);
  for (let level = STRIDE; 2 ** level <= leaves.length; level += STRIDE) {
    const width = 2 ** level;
    levels.set(
      level,
      Array.from({ length: Math.floor(leaves.length / width) }, (_, i) =>
        refRoot(leaves.slice(i * width, (i + 1) * width)),
      ),
    );
  }
  let reads = 0;
  return {
    get reads() {
      return reads;
    },
    async hashesAt(level: number, indexes: number[]) {
      reads += indexes.length;
      const found = new Map<number, Buffer>();
      for (const i of indexes) {
        const h = levels.get(level)?.[i];
        if (h) found.set(i, h);
      }
      return found;
    },
  };
}

const makeLeaves = (n: number) =>
  Array.from({ length: n }, (_, i) => refLeaf(Buffer.from(`leaf ${i}`)));

describe('RFC 6962 proofs from stored hashes, checked against the RFC definitions', () => {
  const leaves = makeLeaves(64);
  const store = memoryStore(leaves);

  it('leaf hash is SHA-256(0x00 || data)', () => {
    const data = randomBytes(100);
    expect(leafHash(data).equals(refLeaf(data))).toBe(true);
  });

  it('roots, audit paths and consistency proofs for every tree of 1..64 leaves', async () => {
    for (let n = 1; n <= 64; n++) {
      const tree = leaves.slice(0, n);
      const [root] = await rangeHashes(store, [{ start: 0, end: n }]);
      expect(root.equals(refRoot(tree))).toBe(true);
      for (let m = 0; m < n; m++) {
        const path = await rangeHashes(store, inclusionRanges(m, n));
        expect(path.map(h => h.toString('hex'))).toEqual(
          refPath(m, tree).map(h => h.toString('hex')),
        );
        expect(refRootFromPath(m, n, tree[m], path).equals(root)).toBe(true);
        expect(rootFromInclusionProof(m, n, tree[m], path)?.equals(root)).toBe(
          true,
        );
      }
      for (let m = 1; m <= n; m++) {
        const proof = await rangeHashes(store, consistencyRanges(m, n));
        expect(proof.map(h => h.toString('hex'))).toEqual(
          refProof(m, tree).map(h => h.toString('hex')),
        );
        const firstRoot = refRoot(tree.slice(0, m));
        expect(verifyConsistency(m, n, firstRoot, root, proof)).toBe(true);
        // A proof is bound to both roots, and a shortened one proves nothing.
        const other = refLeaf(Buffer.from('other'));
        const tampered = [
          verifyConsistency(m, n, other, root, proof),
          verifyConsistency(m, n, firstRoot, other, proof),
          proof.length > 0 &&
            verifyConsistency(m, n, firstRoot, root, proof.slice(1)),
        ];
        expect(tampered).toEqual([false, false, false]);
      }
    }
  });

  it('a compact range gives the root of every prefix in one pass', () => {
    const range = new CompactRange();
    for (let n = 1; n <= 64; n++) {
      range.append(leaves[n - 1]);
      expect(range.root().equals(refRoot(leaves.slice(0, n)))).toBe(true);
    }
    for (const size of [1, 5, 32, 33, 63]) {
      const prefix = perfectSubtrees(size).map(r => ({
        hash: refRoot(leaves.slice(r.start, r.end)),
        size: r.end - r.start,
      }));
      const resumed = CompactRange.from(prefix);
      for (let n = size; n < 64; n++) resumed.append(leaves[n]);
      expect(resumed.root().equals(refRoot(leaves))).toBe(true);
    }
  });

  it('large trees: the stored levels are used, and a proof reads a few hundred hashes, not the log', async () => {
    const big = makeLeaves(70_000);
    const bigStore = memoryStore(big);
    for (const n of [255, 256, 257, 65_535, 65_536, 65_537, 70_000]) {
      const tree = big.slice(0, n);
      const [root] = await rangeHashes(bigStore, [{ start: 0, end: n }]);
      expect(root.equals(refRoot(tree))).toBe(true);
      for (const m of [0, 255, Math.floor(n / 2), n - 1]) {
        if (m >= n) continue;
        const before = bigStore.reads;
        const path = await rangeHashes(bigStore, inclusionRanges(m, n));
        expect(bigStore.reads - before).toBeLessThan(1100);
        expect(refRootFromPath(m, n, tree[m], path).equals(root)).toBe(true);
      }
      for (const m of [1, 256, 1000, n - 1]) {
        if (m > n) continue;
        const proof = await rangeHashes(bigStore, consistencyRanges(m, n));
        expect(
          verifyConsistency(m, n, refRoot(big.slice(0, m)), root, proof),
        ).toBe(true);
      }
    }
  });

  it('knows which stored nodes a growing log completes', () => {
    expect(nodesCompletedBetween(0, 255)).toEqual([]);
    expect(nodesCompletedBetween(0, 256)).toEqual([{ level: 8, index: 0 }]);
    expect(nodesCompletedBetween(256, 600)).toEqual([{ level: 8, index: 1 }]);
    expect(nodesCompletedBetween(65_500, 65_536)).toEqual([
      { level: 8, index: 255 },
      { level: 16, index: 0 },
    ]);
  });
});
