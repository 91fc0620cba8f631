import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Row = Record<string, string | number | boolean | null>;

/** Prints rows as an aligned table under a title. */
export function printTable(title: string, rows: Row[]): void {
  if (rows.length === 0) return;
  // Every column any row has, in the order they first appear.
  const columns = [...new Set(rows.flatMap(r => Object.keys(r)))];
  const cell = (v: unknown) =>
    typeof v === 'number'
      ? Number.isInteger(v)
        ? String(v)
        : v.toFixed(2)
      : String(v ?? '');
  const widths = columns.map(c =>
    Math.max(c.length, ...rows.map(r => cell(r[c]).length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    `\n${title}\n${line(columns)}\n${line(widths.map(w => '-'.repeat(w)))}`,
  );
  for (const r of rows) console.log(line(columns.map(c => cell(r[c]))));
}

/** Writes a benchmark's figures to bench/results/<name>.json, with where and when they were taken. */
export function writeResults(name: string, results: unknown): string {
  const dir = resolve(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.json`);
  const machine = {
    node: process.version,
    platform: process.platform,
    cpus: require('node:os').cpus().length,
  };
  writeFileSync(
    file,
    `${JSON.stringify({ name, takenAt: new Date().toISOString(), machine, results }, null, 2)}\n`,
  );
  console.log(`\nresults written to ${file}`);
  return file;
}
