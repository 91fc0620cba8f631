/*
 * Preloaded into a benchmarked backend (`node --expose-gc --require probe.cjs`).
 * - Records what each package the workspace's code imports costs to load (inclusive time and
 *   heap growth of its first require), to find what a start spends its time and memory on.
 * - On SIGUSR2: runs a full GC and prints one line `PROBE <json>` with memory before and after
 *   it and the load costs; with BENCH_HEAP_SNAPSHOT_DIR set it also writes a heap snapshot
 *   there (open two in Chrome DevTools' Comparison view to see what grew).
 */
const Module = require('node:module');
const { join, sep } = require('node:path');
const v8 = require('node:v8');

const costs = new Map();
const packageOf = file => {
  const at = file.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) {
    const m = /[\\/](plugins|packages)[\\/]([^\\/]+)[\\/]/.exec(file);
    return m ? `${m[1]}/${m[2]}` : undefined;
  }
  const parts = file.slice(at + 14).split(sep);
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
};
const workspaceCode = file =>
  file && !file.includes(`${sep}node_modules${sep}`) && packageOf(file);

const load = Module._load;
// A feature passed as `backend.add(import('pkg'))` reaches CommonJS through the ESM loader,
// which loads it by file name without a parent module.
const byImport = { filename: '(import())' };
Module._load = function timedLoad(request, parentModule, isMain) {
  const parent =
    parentModule ??
    (request.startsWith(sep) && request.includes(`${sep}node_modules${sep}`)
      ? byImport
      : undefined);
  if (
    !parent?.filename ||
    (parent !== byImport && !workspaceCode(parent.filename)) ||
    (parent !== byImport && request.startsWith('.')) ||
    Module.isBuiltin(request)
  ) {
    return load.apply(this, arguments);
  }
  let file;
  try {
    file = Module._resolveFilename(request, parentModule, isMain);
  } catch {
    return load.apply(this, arguments);
  }
  // The ESM loader enters a module in the cache (to read its exports) before loading it.
  if (Module._cache[file]?.loaded || workspaceCode(file))
    return load.apply(this, arguments);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  try {
    return load.apply(this, arguments);
  } finally {
    const name = packageOf(file) ?? request;
    const entry = costs.get(name) ?? {
      ms: 0,
      heapMiB: 0,
      importedBy: new Set(),
    };
    entry.ms += Number(process.hrtime.bigint() - started) / 1e6;
    entry.heapMiB += (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    entry.importedBy.add(
      parent === byImport ? 'import()' : packageOf(parent.filename),
    );
    costs.set(name, entry);
  }
};

let snapshots = 0;
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  global.gc?.();
  const after = process.memoryUsage();
  let snapshot;
  if (process.env.BENCH_HEAP_SNAPSHOT_DIR) {
    snapshot = v8.writeHeapSnapshot(
      join(
        process.env.BENCH_HEAP_SNAPSHOT_DIR,
        `backend-${++snapshots}.heapsnapshot`,
      ),
    );
  }
  const loads = [...costs]
    .map(([name, c]) => ({
      name,
      ms: Math.round(c.ms),
      heapMiB: Math.round(c.heapMiB * 10) / 10,
      importedBy: [...c.importedBy].join(' '),
    }))
    .sort((a, b) => b.ms - a.ms);
  process.stdout.write(
    `PROBE ${JSON.stringify({ before, after, snapshot, loads })}\n`,
  );
});
