#!/usr/bin/env node
// `node scripts/pack-workspaces.mjs --out <dir> [--skip-build | --types-built]`
// Packs every backend plugin (plugins/*-backend) and the workspace packages they depend on, as a
// team installing them from a registry would get them: `backstage-cli package build`, then
// `npm pack` (whose prepack, `backstage-cli package prepack`, points the package at dist/).
// Packing runs on a copy of each package so the repository's package.json files never change.
// Backend modules under plugins/ (role backend-plugin-module) are packed too.
// Writes the tarballs and <out>/manifest.json ({ plugins: [{ name, pluginId, tarball }],
// modules: [{ name, pluginId, tarball }], packages: [{ name, tarball }] }); logs go to stderr.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args[args.indexOf('--out') + 1];
if (!args.includes('--out') || !outArg) {
  console.error(
    'usage: pack-workspaces.mjs --out <dir> [--skip-build | --types-built]',
  );
  process.exit(2);
}
const out = resolve(outArg);
const skipBuild = args.includes('--skip-build');
// dist-types/ is already written by a full type check (`.ci/run`): only `package build` is left.
const typesBuilt = args.includes('--types-built');
const log = message => process.stderr.write(`${message}\n`);

function run(command, commandArgs, cwd) {
  log(
    `$ ${command} ${commandArgs.join(' ')}   (in ${relative(root, cwd) || '.'})`,
  );
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd}`);
  }
  return result.stdout;
}

/** Every workspace of the root package.json (patterns of the form `dir/*` or `dir`). */
function listWorkspaces() {
  const rootJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dirs = rootJson.workspaces.flatMap(pattern =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter(entry => entry.isDirectory())
          .map(entry => join(pattern.slice(0, -2), entry.name))
      : [pattern],
  );
  return dirs
    .filter(dir => existsSync(join(root, dir, 'package.json')))
    .map(dir => ({
      dir,
      json: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')),
    }));
}

const workspaces = listWorkspaces();
const byName = new Map(workspaces.map(w => [w.json.name, w]));
const plugins = workspaces.filter(
  w =>
    w.dir.startsWith('plugins/') &&
    w.dir.endsWith('-backend') &&
    w.json.backstage?.role === 'backend-plugin',
);
if (plugins.length === 0) throw new Error('no plugins/*-backend found');
// Backend modules published on their own (a cloud's provider, the catalog's entity providers).
const modules = workspaces.filter(
  w =>
    w.dir.startsWith('plugins/') &&
    w.json.backstage?.role === 'backend-plugin-module',
);

// The plugins and, transitively, the workspace packages in their runtime dependencies.
const closure = new Map();
const visit = workspace => {
  if (closure.has(workspace.json.name)) return;
  closure.set(workspace.json.name, workspace);
  for (const dep of Object.keys(workspace.json.dependencies ?? {})) {
    const local = byName.get(dep);
    if (local) visit(local);
  }
};
plugins.forEach(visit);
modules.forEach(visit);
log(`packing ${[...closure.keys()].join(', ')}`);

if (!skipBuild && !typesBuilt) {
  // `package build` takes the declarations from dist-types/, as the root tsc writes them; only
  // the packed packages' sources are compiled (not the frontends, tests or benches).
  mkdirSync(out, { recursive: true });
  const tsconfig = join(out, 'tsconfig.pack.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      include: [...closure.values()].map(({ dir }) => join(root, dir, 'src')),
      exclude: ['**/*.test.ts', '**/__testUtils__/**', '**/setupTests.ts'].map(
        pattern => join(root, pattern),
      ),
      // Type packages are looked up beside the config file unless told where.
      compilerOptions: { typeRoots: [join(root, 'node_modules/@types')] },
    }),
  );
  run(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig],
    root,
  );
}
if (!skipBuild) {
  const cli = join(root, 'node_modules/@backstage/cli/bin/backstage-cli');
  for (const { dir } of closure.values()) {
    run(process.execPath, [cli, 'package', 'build'], join(root, dir));
  }
}

// A copy of the repository's layout holding only the packed packages: prepack finds the root
// (package.json, tsconfig.json) and resolves types through node_modules as it would in place.
const stage = join(out, 'stage');
const tarballs = join(out, 'tarballs');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
mkdirSync(tarballs, { recursive: true });
cpSync(join(root, 'package.json'), join(stage, 'package.json'));
for (const shared of ['tsconfig.json', 'node_modules', 'dist-types']) {
  symlinkSync(join(root, shared), join(stage, shared));
}

const packed = new Map();
for (const { dir, json } of closure.values()) {
  const source = join(root, dir);
  const target = join(stage, dir);
  cpSync(source, target, {
    recursive: true,
    filter: path => !path.startsWith(join(source, 'node_modules')),
  });
  if (existsSync(join(source, 'node_modules'))) {
    symlinkSync(join(source, 'node_modules'), join(target, 'node_modules'));
  }
  const [result] = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', tarballs], target),
  );
  packed.set(json.name, join(tarballs, basename(result.filename)));
}

const manifest = {
  plugins: plugins.map(({ json }) => ({
    name: json.name,
    pluginId: json.backstage.pluginId,
    tarball: packed.get(json.name),
  })),
  modules: modules.map(({ json }) => ({
    name: json.name,
    pluginId: json.backstage.pluginId,
    tarball: packed.get(json.name),
  })),
  packages: [...packed].map(([name, tarball]) => ({ name, tarball })),
};
writeFileSync(
  join(out, 'manifest.json'),
  `${JSON.stringify(manifest, null, 2)}\n`,
);
log(`wrote ${join(out, 'manifest.json')}`);
