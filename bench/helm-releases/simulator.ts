/*
 * The simulated cluster of the helm-releases bench, in its own process so that the stored records
 * do not count in the backend's memory figures. Seeds BENCH_RELEASES x BENCH_REVISIONS Secrets
 * with ~BENCH_MANIFEST_KB KB manifests, sends its cluster config to the parent, and stops when
 * the parent says so.
 */
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { helmSecret, manifest, releaseName } from './data';

async function main() {
  const releases = Number(process.env.BENCH_RELEASES);
  const revisions = Number(process.env.BENCH_REVISIONS);
  const kb = Number(process.env.BENCH_MANIFEST_KB);
  const sim = new KubernetesSimulator();
  await sim.start();
  const started = process.hrtime.bigint();
  let storedBytes = 0;
  for (let r = 0; r < releases; r++) {
    // One manifest per release, varied per revision only in its header, so seeding stays affordable.
    const body = manifest(releaseName(r), 1, kb);
    const secrets = [];
    for (let v = 1; v <= revisions; v++) {
      const secret = helmSecret(r, v, revisions, body);
      storedBytes += secret.data.release.length;
      secrets.push(secret);
    }
    sim.seed(secrets);
  }
  process.send!({
    cluster: sim.clusterConfig('local'),
    seedMs: Number(process.hrtime.bigint() - started) / 1e6,
    storedMiB: Math.round(storedBytes / 2 ** 20),
  });
  process.on('message', async message => {
    if (message !== 'stop') return;
    await sim.stop();
    process.exit(0);
  });
  // An orphan would keep the records: end with the bench.
  process.on('disconnect', () => process.exit(0));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
