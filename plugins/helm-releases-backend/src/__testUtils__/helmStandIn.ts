import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configMapManifest } from './helmRecords';

/*
 * Real helm 3 and 4 binaries run in upgradeWithHelm.test.ts. This stand-in records what the
 * plugin hands the binary (arguments, environment, file modes, the work directory's removal) and
 * gives answers real helm gives only in a race, such as another operation's pending lock.
 */
export function standIn(dir: string): string {
  const record = join(dir, 'record.json');
  const script = join(dir, 'helm');
  writeFileSync(
    script,
    `#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const args = process.argv.slice(2);
const flag = f => args[args.indexOf(f) + 1];
const kubeconfig = flag('--kubeconfig');
const values = fs.readFileSync(flag('--values'), 'utf8');
fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify({
  args, env: Object.keys(process.env).sort(), driver: process.env.HELM_DRIVER,
  kubeconfigMode: (fs.statSync(kubeconfig).mode & 0o777).toString(8),
  kubeconfig: fs.readFileSync(kubeconfig, 'utf8'), values,
  chart: fs.readFileSync(path.join(args[2], 'Chart.yaml'), 'utf8'),
  template: fs.readFileSync(path.join(args[2], 'templates/cm.yaml'), 'utf8'),
  workDir: path.dirname(kubeconfig),
}));
if (values.includes('locked')) { process.stderr.write('Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\\n'); process.exit(1); }
if (values.includes('broken')) { process.stderr.write('Error: UPGRADE FAILED: template: demo/templates/cm.yaml:3: bad in ' + args[2] + '\\n'); process.exit(1); }
const greeting = (values.match(/greeting: (.*)/) || [])[1] || 'none';
process.stdout.write(JSON.stringify({
  name: args[1], namespace: flag('--namespace'), version: 3,
  info: { status: 'deployed', description: 'Upgrade complete', last_deployed: '2026-11-22T00:00:00Z' },
  chart: { metadata: { name: 'demo', version: '1.0.2' }, templates: [] },
  config: { greeting }, manifest: ${JSON.stringify(configMapManifest('up-config', { greeting: 'GREETING' }))}.replace('GREETING', greeting),
}));
`,
  );
  chmodSync(script, 0o755);
  return script;
}
