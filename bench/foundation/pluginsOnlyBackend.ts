/*
 * bench/foundation's middle figure: the bare backend plus every backend plugin of plugins/ (and
 * the Kubernetes simulator they use as their cluster locally), without the other Backstage
 * plugins the suite's backend also runs (scaffolder, events, permission). It splits the suite's
 * cost over the bare backend into what the plugins cost and what the rest costs.
 */
import { createBackend } from '@backstage/backend-defaults';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const plugins = resolve(__dirname, '..', '..', 'plugins');
const backend = createBackend();
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('../../packages/backend/src/modules/kubernetesSimulatorService'),
);
for (const dir of readdirSync(plugins)) {
  const file = join(plugins, dir, 'package.json');
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  if (pkg.backstage?.role === 'backend-plugin') backend.add(import(pkg.name));
}
backend.start();
