#!/usr/bin/env node
// `npm start [-- --config <file> ...]`: starts the backend with app-config.yaml, then
// app-config.development.yaml (local-only secrets; skipped when NODE_ENV=production), then any
// config files given, each resolved from where npm was run. (backstage-cli alone would load
// the given files *instead of* app-config.yaml, and resolve them from packages/backend.)
import { spawn } from 'node:child_process';
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
const defaults = [
  'app-config.yaml',
  ...(process.env.NODE_ENV === 'production'
    ? []
    : ['app-config.development.yaml']),
];
const child = spawn(
  process.execPath,
  [
    resolve(root, 'node_modules/@backstage/cli/bin/backstage-cli'),
    'repo',
    'start',
    ...defaults.flatMap(file => ['--config', resolve(root, file)]),
    ...passed,
  ],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => child.kill(signal));
child.on('exit', code => process.exit(code ?? 0));
