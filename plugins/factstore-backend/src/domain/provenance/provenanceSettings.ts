import type { Config } from '@backstage/config';
import { readFileSync } from 'node:fs';
import { SigstoreVerifier } from './SigstoreVerifier';
import type { VerifyOptions } from './verifyProvenance';

const PUBLIC_GOOD = 'https://tuf-repo-cdn.sigstore.dev';

/**
 * Sigstore's public-good trust root as shipped in `@sigstore/tuf`'s seeds: the TUF-signed
 * `trusted_root.json` of the release the backend was built with, read from disk, never fetched.
 */
function publicGoodTrustedRoot(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const seeds = require('@sigstore/tuf/seeds.json') as Record<
    string,
    { targets: Record<string, string> }
  >;
  return JSON.parse(
    Buffer.from(
      seeds[PUBLIC_GOOD].targets['trusted_root.json'],
      'base64',
    ).toString('utf8'),
  );
}

/** SLSA's own reusable builders, which slsa-verifier trusts for Build L3. */
const DEFAULT_LEVEL3_BUILDERS = [
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/',
];

/** `factstore.provenance`: the offline trust root and the builders trusted for Build L3. */
export function readProvenanceSettings(config: Config): VerifyOptions {
  const path = config.getOptionalString(
    'factstore.provenance.sigstore.trustedRootPath',
  );
  const trustedRoot = path
    ? JSON.parse(readFileSync(path, 'utf8'))
    : publicGoodTrustedRoot();
  return {
    verifier: new SigstoreVerifier({
      trustedRoot,
      trustedRootSource: path
        ? `the trust root in ${path}`
        : `the Sigstore public-good trust root (${PUBLIC_GOOD}, as shipped with @sigstore/tuf)`,
      tlogThreshold:
        config.getOptionalNumber(
          'factstore.provenance.sigstore.tlogThreshold',
        ) ?? 1,
      ctlogThreshold:
        config.getOptionalNumber(
          'factstore.provenance.sigstore.ctlogThreshold',
        ) ?? 1,
    }),
    level3Builders:
      config.getOptionalStringArray('factstore.provenance.level3Builders') ??
      DEFAULT_LEVEL3_BUILDERS,
  };
}
