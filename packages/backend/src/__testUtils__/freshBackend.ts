import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..', '..');

export type PackManifest = {
  plugins: { name: string; pluginId: string; tarball: string }[];
  /** Backend modules; one for a plugin the backend lacks (the catalog's) is left out by Backstage. */
  modules: { name: string; pluginId: string; tarball: string }[];
  packages: { name: string; tarball: string }[];
};

/**
 * The environment for npm run outside the workspace: without the `npm_*` variables of the
 * `npm test` that started Jest (they name this repository as the prefix and its package), but
 * with the cache, registry and Node headers settings.
 */
function npmEnvironment(): NodeJS.ProcessEnv {
  const kept = new Set([
    'npm_config_cache',
    'npm_config_registry',
    'npm_config_userconfig',
    'npm_config_nodedir',
    'npm_config_offline',
  ]);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.toLowerCase().startsWith('npm_') || kept.has(key),
    ),
  );
}

/**
 * Builds and packs the plugins and their workspace dependencies (scripts/pack-workspaces.mjs).
 * `FAWKES_TYPES_BUILT=1` (set by `.ci/run` once its type check has written dist-types/) skips the
 * declarations step.
 */
export async function packWorkspaces(out: string): Promise<PackManifest> {
  await run(process.execPath, [
    join(ROOT, 'scripts/pack-workspaces.mjs'),
    '--out',
    out,
    ...(process.env.FAWKES_TYPES_BUILT === '1' ? ['--types-built'] : []),
  ]);
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
}

/**
 * A backend project as a team starts one: `@backstage/backend-defaults` at the range this
 * repository's backend uses, `pg`, the packed tarballs, and one `backend.add` per plugin and module.
 * Installed with npm from its cache first; no install scripts are needed (PostgreSQL via `pg`).
 */
export async function createFreshBackend(
  dir: string,
  manifest: PackManifest,
): Promise<void> {
  const ours = JSON.parse(
    readFileSync(join(ROOT, 'packages/backend/package.json'), 'utf8'),
  );
  const dependencies: Record<string, string> = {
    '@backstage/backend-defaults':
      ours.dependencies['@backstage/backend-defaults'],
    pg: ours.dependencies.pg,
  };
  for (const { name, tarball } of manifest.packages)
    dependencies[name] = `file:${tarball}`;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      { name: 'fresh-backend', version: '0.0.0', private: true, dependencies },
      null,
      2,
    ),
  );
  writeFileSync(
    join(dir, 'index.js'),
    [
      "const { createBackend } = require('@backstage/backend-defaults');",
      'const backend = createBackend();',
      ...manifest.plugins.map(p => `backend.add(import('${p.name}'));`),
      ...manifest.modules.map(m => `backend.add(import('${m.name}'));`),
      'backend.start();',
      '',
    ].join('\n'),
  );
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
    ],
    dir,
  );
}

function run(command: string, args: string[], cwd = ROOT): Promise<void> {
  return new Promise((res, rej) => {
    let output = '';
    const child = spawn(command, args, { cwd, env: npmEnvironment() });
    child.stdout.on('data', d => {
      output += d;
    });
    child.stderr.on('data', d => {
      output += d;
    });
    child.on('error', rej);
    child.on('exit', code =>
      code === 0
        ? res()
        : rej(
            new Error(
              `${command} ${args.join(' ')} exited with ${code}:\n${output}`,
            ),
          ),
    );
  });
}
