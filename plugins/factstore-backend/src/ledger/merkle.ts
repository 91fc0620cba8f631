import { hash } from 'node:crypto';

/**
 * RFC 6962 (section 2.1) Merkle tree hashing: a leaf is SHA-256(0x00 || data), an interior node
 * SHA-256(0x01 || left || right), and a tree of n > 1 leaves splits at the largest power of two
 * below n. Every function here is pure; where the hashes come from is the caller's business.
 */

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = 0x01;

export const sha256 = (data: Buffer): Buffer => hash('sha256', data, 'buffer');

export function leafHash(data: Buffer): Buffer {
  return sha256(Buffer.concat([LEAF_PREFIX, data]));
}

// One scratch buffer for every interior node: hashing is synchronous, so it is never shared.
const scratch = Buffer.alloc(65);
scratch[0] = NODE_PREFIX;

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  left.copy(scratch, 1);
  right.copy(scratch, 33);
  return sha256(scratch);
}

/** The largest power of two strictly smaller than n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** A range of leaves [start, end) whose RFC 6962 subtree hash a proof or a root needs. */
export interface Range {
  start: number;
  end: number;
}

/**
 * The subtrees whose hashes make the audit path of leaf `index` in the tree of `size` leaves
 * (RFC 6962 PATH(m, D[n])), from the leaf's sibling up to the root's child.
 */
export function inclusionRanges(index: number, size: number): Range[] {
  if (index < 0 || index >= size)
    throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path: Range[] = [];
  const walk = (m: number, start: number, n: number) => {
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      walk(m, start, k);
      path.push({ start: start + k, end: start + n });
    } else {
      walk(m - k, start + k, n - k);
      path.push({ start, end: start + k });
    }
  };
  walk(index, 0, size);
  return path;
}

/**
 * The subtrees whose hashes make the consistency proof between the trees of `first` and `second`
 * leaves (RFC 6962 PROOF(m, D[n]) and SUBPROOF), in the RFC's order.
 */
export function consistencyRanges(first: number, second: number): Range[] {
  if (first < 1 || first > second)
    throw new RangeError(
      `no consistency proof from a tree of ${first} to one of ${second}`,
    );
  if (first === second) return [];
  const proof: Range[] = [];
  const subproof = (m: number, start: number, n: number, whole: boolean) => {
    if (m === n) {
      if (!whole) proof.push({ start, end: start + n });
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      subproof(m, start, k, whole);
      proof.push({ start: start + k, end: start + n });
    } else {
      subproof(m - k, start + k, n - k, false);
      proof.push({ start, end: start + k });
    }
  };
  subproof(first, 0, second, true);
  return proof;
}

/** Verifies an RFC 6962 audit path (RFC 9162 section 2.1.3.2); answers the root it leads to. */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leaf: Buffer,
  proof: Buffer[],
): Buffer | undefined {
  if (index >= size) return undefined;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : undefined;
}

/** Verifies an RFC 6962 consistency proof (RFC 9162 section 2.1.4.2). */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Buffer,
  secondRoot: Buffer,
  proof: Buffer[],
): boolean {
  if (first < 1 || first > second) return false;
  if (first === second)
    return proof.length === 0 && firstRoot.equals(secondRoot);
  if (proof.length === 0) return false;
  const path = [...proof];
  if ((first & (first - 1)) === 0) path.unshift(firstRoot);
  if (path.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}

/**
 * A compact range: the roots of the perfect subtrees that make a tree of `size` leaves, left to
 * right. Appending a leaf merges equal-sized subtrees, so a whole log is hashed in one pass with
 * O(log n) memory, and the root of every prefix is at hand when the pass reaches it.
 */
export class CompactRange {
  private readonly hashes: Buffer[] = [];
  private readonly sizes: number[] = [];
  size = 0;

  /**
   * `onNode` hears of every interior node completed by an append: its level (log2 of its leaf
   * count), its index at that level and its hash.
   */
  constructor(
    private readonly onNode?: (
      level: number,
      index: number,
      hash: Buffer,
    ) => void,
  ) {}

  /** Starts from the perfect subtrees covering [0, size), largest first (see perfectSubtrees). */
  static from(
    subtrees: Array<{ hash: Buffer; size: number }>,
    onNode?: (level: number, index: number, hash: Buffer) => void,
  ): CompactRange {
    const range = new CompactRange(onNode);
    for (const s of subtrees) {
      range.hashes.push(s.hash);
      range.sizes.push(s.size);
      range.size += s.size;
    }
    return range;
  }

  append(leaf: Buffer): void {
    let h = leaf;
    let s = 1;
    const end = this.size + 1;
    while (this.sizes.length > 0 && this.sizes[this.sizes.length - 1] === s) {
      h = nodeHash(this.hashes.pop()!, h);
      s += this.sizes.pop()!;
      this.onNode?.(Math.log2(s), (end - s) / s, h);
    }
    this.hashes.push(h);
    this.sizes.push(s);
    this.size = end;
  }

  /** The RFC 6962 root of the leaves appended so far (the empty tree's is SHA-256 of nothing). */
  root(): Buffer {
    if (this.hashes.length === 0) return sha256(Buffer.alloc(0));
    let r = this.hashes[this.hashes.length - 1];
    for (let i = this.hashes.length - 2; i >= 0; i--)
      r = nodeHash(this.hashes[i], r);
    return r;
  }
}

/** The perfect, aligned subtrees that make up [0, size), largest first. */
export function perfectSubtrees(size: number): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (
    let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1)));
    bit >= 1;
    bit /= 2
  ) {
    if (size - start >= bit) {
      ranges.push({ start, end: start + bit });
      start += bit;
    }
  }
  return ranges;
}

export const EMPTY_ROOT = sha256(Buffer.alloc(0));
