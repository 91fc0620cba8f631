#!/usr/bin/env node
// `npm start [-- --config <file> ...]`: starts the portal (packages/app, http://localhost:3000) and
// the backend (http://localhost:7007) with app-config.yaml, then app-config.development.yaml
// (local-only secrets; skipped when NODE_ENV=production), then the demo data's config (local
// only, see packages/demo-data), then any config files given, each resolved from where npm was
// run. (backstage-cli alone would load the given files *instead of* app-config.yaml, and resolve
// them from packages/backend.)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const from = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2);
const passed = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--config' && args[i + 1]) {
    passed.push('--config', resolve(from, args[++i]));
  } else if (arg.startsWith('--config=')) {
    passed.push('--config', resolve(from, arg.slice('--config='.length)));
  } else {
    passed.push(arg);
  }
}
const production = process.env.NODE_ENV === 'production';
const defaults = [
  'app-config.yaml',
  ...(production ? [] : ['app-config.development.yaml']),
].map(file => resolve(root, file));

// The demo companion serves the demo devfile, prints its config file's path, then loads the
// demo events once the backend is up.
let demo;
if (!production && process.env.FAWKES_DEMO !== 'false') {
  demo = spawn(
    process.execPath,
    [
      '--require',
      resolve(root, 'node_modules/@backstage/cli/config/nodeTransform.cjs'),
      resolve(root, 'packages/demo-data/src/cli.ts'),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: demo.stdout });
  const demoConfig = await new Promise(answer => {
    lines.once('line', answer);
    demo.once('exit', () => answer(undefined));
  });
  if (demoConfig) defaults.push(demoConfig);
}

const child = spawn(
  process.execPath,
  [
    resolve(root, 'node_modules/@backstage/cli/bin/backstage-cli'),
    'repo',
    'start',
    ...defaults.flatMap(file => ['--config', file]),
    ...passed,
  ],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    child.kill(signal);
    demo?.kill(signal);
  });
child.on('exit', code => {
  demo?.kill();
  process.exit(code ?? 0);
});
