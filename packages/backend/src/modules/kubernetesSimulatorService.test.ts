import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { freePort } from '@fawkes/test-kit';
import { resolve } from 'node:path';
import kubernetesSimulatorService, {
  kubernetesSimulatorServiceRef,
} from './kubernetesSimulatorService';

const SEED = resolve(__dirname, '..', '..', 'examples', 'kubernetes-seed.yaml');

/** A backend with the service and a plugin that reports what it was given. */
async function startWith(kubernetesSimulator?: object) {
  let given: { url?: string } | undefined;
  const backend = await startTestBackend({
    features: [
      kubernetesSimulatorService,
      mockServices.rootConfig.factory({
        data: kubernetesSimulator ? { kubernetesSimulator } : {},
      }),
      createBackendPlugin({
        pluginId: 'reader',
        register(env) {
          env.registerInit({
            deps: { simulator: kubernetesSimulatorServiceRef },
            async init({ simulator }) {
              given = simulator;
            },
          });
        },
      }),
    ],
  });
  return { backend, given: () => given };
}

describe('kubernetesSimulatorService', () => {
  it('serves the seeded objects on the configured port when enabled', async () => {
    const port = await freePort();
    const { backend, given } = await startWith({
      port,
      token: 'simulator-test-token',
      seed: [SEED],
    });
    try {
      expect(given()).toEqual({ url: `http://127.0.0.1:${port}` });
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/namespaces`, {
        headers: { Authorization: 'Bearer simulator-test-token' },
      });
      expect(res.status).toBe(200);
      const names = ((await res.json()).items as any[]).map(
        n => n.metadata.name,
      );
      expect(names).toEqual(expect.arrayContaining(['payments', 'search']));
    } finally {
      await backend.stop();
    }
    // Stopped with the backend.
    await expect(
      fetch(`http://127.0.0.1:${port}/api/v1/namespaces`),
    ).rejects.toThrow();
  });

  it('starts nothing when disabled or not configured', async () => {
    for (const settings of [
      { enabled: false, token: 'simulator-test-token' },
      undefined,
    ]) {
      const { backend, given } = await startWith(settings);
      expect(given()).toEqual({});
      await backend.stop();
    }
  });
});
