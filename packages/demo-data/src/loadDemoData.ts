import { loadDevlake } from './loadDevlake';
import { loadFactstore } from './loadFactstore';

/** Waits until the backend answers its readiness check (it may take minutes on a busy machine). */
export async function waitForBackend(
  baseUrl: string,
  options: { attempts?: number; intervalMs?: number } = {},
): Promise<void> {
  const attempts = options.attempts ?? 600;
  for (let i = 0; i < attempts; i++) {
    try {
      const response = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, options.intervalMs ?? 1000));
  }
  throw new Error(`the backend at ${baseUrl} did not become ready`);
}

/**
 * Loads the demo's events into a started backend: DORA events (through DevLake's webhook, with
 * its local secret) and a compliance trail with a pending approval (with the static token).
 */
export async function loadDemoData(options: {
  baseUrl: string;
  staticToken: string;
  devlakeWebhookSecret: string;
  /** The GitHub webhook secret; app-config.development.yaml's local default when not given. */
  githubWebhookSecret?: string;
}) {
  const devlake = await loadDevlake({
    baseUrl: options.baseUrl,
    webhookSecret: options.devlakeWebhookSecret,
    githubWebhookSecret: options.githubWebhookSecret ?? 'local-github-secret',
  });
  const factstore = await loadFactstore({
    baseUrl: options.baseUrl,
    token: options.staticToken,
  });
  return { devlake, factstore };
}
