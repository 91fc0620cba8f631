import { createHash } from 'node:crypto';

/*
 * An RFC 6962 reference written straight from the RFC's definitions (section 2.1), for tests only:
 * it shares no code with the ledger, so a proof the ledger serves is checked by something else.
 */

const sha = (...parts: Buffer[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

export const refLeaf = (data: Buffer) => sha(Buffer.from([0]), data);
const refNode = (l: Buffer, r: Buffer) => sha(Buffer.from([1]), l, r);

/** k: the largest power of two smaller than n. */
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);

/** MTH(D[n]) over leaf hashes. */
export function refRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha();
  if (leaves.length === 1) return leaves[0];
  const split = k(leaves.length);
  return refNode(refRoot(leaves.slice(0, split)), refRoot(leaves.slice(split)));
}

/** PATH(m, D[n]). */
export function refPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const split = k(leaves.length);
  return m < split
    ? [...refPath(m, leaves.slice(0, split)), refRoot(leaves.slice(split))]
    : [
        ...refPath(m - split, leaves.slice(split)),
        refRoot(leaves.slice(0, split)),
      ];
}

/** PROOF(m, D[n]) = SUBPROOF(m, D[n], true). */
export function refProof(m: number, leaves: Buffer[]): Buffer[] {
  const sub = (mm: number, d: Buffer[], b: boolean): Buffer[] => {
    if (mm === d.length) return b ? [] : [refRoot(d)];
    const split = k(d.length);
    return mm <= split
      ? [...sub(mm, d.slice(0, split), b), refRoot(d.slice(split))]
      : [...sub(mm - split, d.slice(split), false), refRoot(d.slice(0, split))];
  };
  return m === leaves.length ? [] : sub(m, leaves, true);
}

/**
 * Checks an audit path by rebuilding the root along the RFC 6962 tree shape: at each level the
 * leaf's position says whether its sibling is on the left or the right.
 */
export function refRootFromPath(
  m: number,
  n: number,
  leaf: Buffer,
  path: Buffer[],
): Buffer {
  const rebuild = (index: number, size: number, proof: Buffer[]): Buffer => {
    if (size === 1) {
      if (proof.length !== 0) throw new Error('proof too long');
      return leaf;
    }
    const split = k(size);
    const sibling = proof[proof.length - 1];
    if (!sibling) throw new Error('proof too short');
    const rest = proof.slice(0, -1);
    return index < split
      ? refNode(rebuild(index, split, rest), sibling)
      : refNode(sibling, rebuild(index - split, size - split, rest));
  };
  return rebuild(m, n, path);
}
