import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real-world data in `../shared/fixtures` beside the checkout (or where
 * FAWKES_SHARED_FIXTURES points). It is read in place and never copied into the repository;
 * undefined when the folder is absent.
 */
export function sharedFixturesDir(): string | undefined {
  const repoRoot = resolvePackagePath('@fawkes/test-kit', '..', '..');
  const dir =
    process.env.FAWKES_SHARED_FIXTURES ??
    resolve(repoRoot, '..', 'shared', 'fixtures');
  return existsSync(dir) ? dir : undefined;
}

/** The path of one fixture file, e.g. `fixturePath('helm', 'pluto-secret-test.json')`. */
export function fixturePath(...segments: string[]): string {
  const dir = sharedFixturesDir();
  if (!dir) throw new Error('../shared/fixtures is absent');
  return resolve(dir, ...segments);
}

/**
 * `describe` for tests that read the shared fixtures: when the folder is absent they are
 * skipped, and the run says why.
 */
export function describeWithFixtures(): jest.Describe {
  if (sharedFixturesDir()) return describe;
  // eslint-disable-next-line no-console
  console.warn(
    'Skipping tests that read ../shared/fixtures: the folder is absent beside the checkout',
  );
  return describe.skip;
}
