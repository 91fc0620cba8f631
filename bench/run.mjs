#!/usr/bin/env node
// `npm run bench [-- <name> ...]`: runs bench/<name>/index.ts (all of them when none is named),
// one after another. Each prints a table and writes bench/results/<name>.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const transform = require.resolve('@backstage/cli/config/nodeTransform.cjs');
const available = readdirSync(here, { withFileTypes: true })
  .filter(d => d.isDirectory() && existsSync(join(here, d.name, 'index.ts')))
  .map(d => d.name);
const wanted = process.argv.slice(2);
const unknown = wanted.filter(name => !available.includes(name));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; available: ${available.join(', ')}`,
  );
  process.exit(2);
}
let failed = false;
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n# ${name}`);
  const result = spawnSync(
    process.execPath,
    ['--require', transform, '--expose-gc', join(here, name, 'index.ts')],
    {
      stdio: 'inherit',
      cwd: resolve(here, '..'),
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
