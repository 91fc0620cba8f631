import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { generateKeyPairSync } from 'node:crypto';
import { readLedgerSettings } from './ledgerConfig';

describe('readLedgerSettings', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('refuses to start in production without a signing key', () => {
    process.env.NODE_ENV = 'production';
    expect(() =>
      readLedgerSettings(new ConfigReader({}), mockServices.logger.mock()),
    ).toThrow(/factstore\.ledger\.signingKey is required in production/);
  });

  it('signs with the configured key in production', () => {
    process.env.NODE_ENV = 'production';
    const pem = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const settings = readLedgerSettings(
      new ConfigReader({
        backend: { baseUrl: 'https://backstage.example.com' },
        factstore: { ledger: { signingKey: pem } },
      }),
      mockServices.logger.mock(),
    );
    expect(settings.keySource).toBe('config');
    expect(settings.origin).toBe('backstage.example.com/factstore');
  });

  it('falls back to the published development key elsewhere, with a warning', () => {
    process.env.NODE_ENV = 'development';
    const logger = mockServices.logger.mock();
    const settings = readLedgerSettings(new ConfigReader({}), logger);
    expect(settings.keySource).toBe('development-default');
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('proves nothing'),
    );
  });
});
