import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { servedRoutes, specRoutes } from '@fawkes/test-kit';
import knexFactory from 'knex';
import { FactStore } from './database/FactStore';
import { LedgerStore } from './database/LedgerStore';
import { Ledger } from './ledger/Ledger';
import { readLedgerSettings } from './ledger/ledgerConfig';
import { PolicyEngine } from './policy/PolicyEngine';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

describe('factstore OpenAPI spec', () => {
  it('describes exactly the routes the router serves', async () => {
    const db = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    const logger = mockServices.logger.mock();
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      auditor: mockServices.auditor.mock(),
      permissions: mockServices.permissions(),
      store: new FactStore(db),
      settings: {
        evidenceMaxBytes: 1024,
        verifierId: 'test',
        gateWhenNoPolicy: 'deny',
      },
      ledger: new Ledger(new LedgerStore(db), {
        ...readLedgerSettings(new ConfigReader({}), logger),
        logger,
      }),
      policyEngine: new PolicyEngine(undefined),
    });
    expect(servedRoutes(router)).toEqual(specRoutes(spec));
    await db.destroy();
  });

  it('lists the Kosli CLI routes as one block at the end of its paths', () => {
    const paths = Object.keys(spec.paths);
    const firstKosli = paths.findIndex(p => p.startsWith('/api/v2/'));
    expect(firstKosli).toBeGreaterThan(0);
    expect(paths.slice(firstKosli).every(p => p.startsWith('/api/v2/'))).toBe(
      true,
    );
  });
});
