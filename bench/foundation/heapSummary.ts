import { readFileSync } from 'node:fs';

type Totals = Map<string, { count: number; bytes: number }>;

/** Objects of a V8 heap snapshot grouped by constructor (or node type): count and self size. */
export function heapTotals(file: string): Totals {
  const { snapshot, nodes, strings } = JSON.parse(readFileSync(file, 'utf8'));
  const fields: string[] = snapshot.meta.node_fields;
  const types: string[] = snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map(f =>
    fields.indexOf(f),
  );
  const totals: Totals = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    const key =
      type === 'object' || type === 'closure'
        ? `${type} ${strings[nodes[i + nameAt]]}`
        : `(${type})`;
    const entry = totals.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += nodes[i + sizeAt];
    totals.set(key, entry);
  }
  return totals;
}

/** What grew most between two snapshots, by retained self size. */
export function heapGrowth(before: string, after: string, top = 12) {
  const a = heapTotals(before);
  const b = heapTotals(after);
  return [...b]
    .map(([what, { count, bytes }]) => ({
      what: what.slice(0, 60),
      countBefore: a.get(what)?.count ?? 0,
      countAfter: count,
      growthKiB: Math.round((bytes - (a.get(what)?.bytes ?? 0)) / 1024),
    }))
    .sort((x, y) => y.growthKiB - x.growthKiB)
    .slice(0, top);
}
