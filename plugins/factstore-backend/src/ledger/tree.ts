import { nodeHash, splitPoint, type Range } from './merkle';

/**
 * Which hashes are stored: the leaves (level 0) and every complete subtree at a level that is a
 * multiple of STRIDE (256 leaves, 65,536, …). Any other subtree hash is at most 255 stored hashes
 * away, so a proof or a root reads a few small ranges, never the whole log, and the stored
 * interior nodes are 1/255 of the leaves.
 */
export const STRIDE = 8;

/** Reads stored hashes: level 0 are leaf hashes, other levels multiples of STRIDE. */
export interface StoredHashes {
  hashesAt(level: number, indexes: number[]): Promise<Map<number, Buffer>>;
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** The stored node a range is, when it is one: [level, index]. */
function storedNode(range: Range): [number, number] | undefined {
  const size = range.end - range.start;
  if (size === 1) return [0, range.start];
  if (!isPowerOfTwo(size)) return undefined;
  const level = Math.log2(size);
  if (level % STRIDE !== 0 || range.start % size !== 0) return undefined;
  return [level, range.start / size];
}

/**
 * RFC 6962 subtree hashes computed from stored hashes: collects every stored node the ranges
 * need, reads them with one query per level, then folds.
 */
export async function rangeHashes(
  store: StoredHashes,
  ranges: Range[],
): Promise<Buffer[]> {
  const needed = new Map<number, Set<number>>();
  const collect = (range: Range) => {
    const stored = storedNode(range);
    if (stored) {
      const [level, index] = stored;
      if (!needed.has(level)) needed.set(level, new Set());
      needed.get(level)!.add(index);
      return;
    }
    const k = splitPoint(range.end - range.start);
    collect({ start: range.start, end: range.start + k });
    collect({ start: range.start + k, end: range.end });
  };
  ranges.forEach(collect);

  const fetched = new Map<number, Map<number, Buffer>>();
  for (const [level, indexes] of needed) {
    const wanted = [...indexes].sort((a, b) => a - b);
    const found = await store.hashesAt(level, wanted);
    for (const index of wanted)
      if (!found.has(index))
        throw new Error(
          `ledger node ${level}/${index} is missing from the store`,
        );
    fetched.set(level, found);
  }

  const compute = (range: Range): Buffer => {
    const stored = storedNode(range);
    if (stored) return fetched.get(stored[0])!.get(stored[1])!;
    const k = splitPoint(range.end - range.start);
    return nodeHash(
      compute({ start: range.start, end: range.start + k }),
      compute({ start: range.start + k, end: range.end }),
    );
  };
  return ranges.map(compute);
}

/**
 * The stored nodes that become complete when the log grows from `from` to `to` leaves, level by
 * level upwards (each is computed from the 2^STRIDE stored nodes below it).
 */
export function nodesCompletedBetween(
  from: number,
  to: number,
): Array<{ level: number; index: number }> {
  const completed: Array<{ level: number; index: number }> = [];
  for (let level = STRIDE; 2 ** level <= to; level += STRIDE) {
    const width = 2 ** level;
    for (
      let index = Math.floor(from / width);
      (index + 1) * width <= to;
      index++
    )
      completed.push({ level, index });
  }
  return completed;
}
