import type { Config } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { SigningKey } from './signingKey';

/**
 * The key checkpoints and envelopes are signed with when `factstore.ledger.signingKey` is not
 * set. It is published here, so anyone can sign with it: for local development only.
 */
const DEVELOPMENT_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIIg4pkBYKJie/Ndus0gJTveHQQJyIEVXkXHHk8DxtATy
-----END PRIVATE KEY-----`;

export interface LedgerSettings {
  origin: string;
  key: SigningKey;
  keySource: 'config' | 'development-default';
  checkpointIntervalMs: number;
}

/** `factstore.ledger.*`: the log's origin, its signing key and how often checkpoints are signed. */
export function readLedgerSettings(
  config: Config,
  logger: LoggerService,
): LedgerSettings {
  const baseUrl = config.getOptionalString('backend.baseUrl');
  const origin =
    config.getOptionalString('factstore.ledger.origin') ??
    `${baseUrl ? new URL(baseUrl).host : 'localhost'}/factstore`;
  const configured = config.getOptionalString('factstore.ledger.signingKey');
  // A production ledger signed with a published key would look verifiable and prove nothing.
  if (!configured && process.env.NODE_ENV === 'production')
    throw new Error(
      'factstore.ledger.signingKey is required in production: set it to an Ed25519 private key (PKCS#8 PEM or a note signer key)',
    );
  if (!configured)
    logger.warn(
      'factstore.ledger.signingKey is not set: checkpoints and verification summaries are signed with the published development key, which proves nothing. Configure an Ed25519 key for any real use.',
    );
  const key = SigningKey.load(configured ?? DEVELOPMENT_KEY, origin);
  return {
    origin,
    key,
    keySource: configured ? 'config' : 'development-default',
    checkpointIntervalMs:
      config.getOptionalNumber('factstore.ledger.checkpointIntervalMs') ?? 1000,
  };
}
