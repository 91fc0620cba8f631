/*
 * `npm start`'s demo companion: serves the demo devfile, writes the demo config (its path is the
 * first line printed), then loads the demo events once the backend is ready, and keeps serving.
 */
import { startCloudServer } from './cloudServer';
import { startDevfileServer } from './devfileServer';
import { writeDemoConfig } from './demoConfig';
import { loadDemoData, waitForBackend } from './loadDemoData';

async function main() {
  // npm start runs this from the repository's root.
  const repoRoot = process.cwd();
  const devfiles = await startDevfileServer();
  const cloud = await startCloudServer();
  const configFile = writeDemoConfig({
    repoRoot,
    devfileUrl: devfiles.url,
    devfileCa: devfiles.ca,
    awsEndpoint: cloud.url,
  });
  process.stdout.write(`${configFile}\n`);
  const baseUrl = process.env.DEMO_BACKEND_URL ?? 'http://localhost:7007';
  await waitForBackend(baseUrl);
  const loaded = await loadDemoData({
    baseUrl,
    staticToken:
      process.env.BACKSTAGE_STATIC_TOKEN ?? 'local-dev-static-token-change-me',
    devlakeWebhookSecret:
      process.env.DEVLAKE_WEBHOOK_SECRET ?? 'local-devlake-secret',
    githubWebhookSecret:
      process.env.DEVLAKE_GITHUB_WEBHOOK_SECRET ?? 'local-github-secret',
  });
  const trail = loaded.factstore
    ? `a factstore trail and approval ${loaded.factstore.approvalId}`
    : 'no factstore trail (this database holds the demo flow already)';
  process.stderr.write(
    `[demo] loaded ${loaded.devlake.deployments} deployments, ${loaded.devlake.incidents} incidents, ${trail}\n`,
  );
}

main().catch(error => {
  process.stderr.write(`[demo] ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
