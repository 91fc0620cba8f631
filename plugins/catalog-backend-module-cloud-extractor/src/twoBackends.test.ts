import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createServiceFactory,
  type BackendFeature,
  type RootLoggerService,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { cloudExtractorPlugin } from '@fawkes/plugin-cloud-extractor-backend';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import {
  awsTestConfig,
  eventually,
  scanOverHttp,
  TEST_ACCOUNT,
} from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { freePort, inMemoryDatabaseServiceFactory } from '@fawkes/test-kit';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { catalogModuleCloudExtractor } from './module';

// Two backends with the catalog on a loaded machine: minutes. The limits only stop a hang.
jest.setTimeout(900_000);

/** A CI pipeline's static token, accepted by both backends (`backend.auth.externalAccess`). */
const CI_TOKEN = 'ci-pipeline-token-for-the-split-backends';
const ci = { Authorization: `Bearer ${CI_TOKEN}` };

/**
 * EC2's query API on a local port, in its XML wire format: DescribeInstances answers the
 * instances of `state.instances` at the time of the call; other actions answer empty sets.
 */
async function ec2QueryApi(state: { instances: string[] }) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? '';
      const items =
        action === 'DescribeInstances'
          ? `<reservationSet><item><reservationId>r-1</reservationId><ownerId>${TEST_ACCOUNT}</ownerId><instancesSet>${state.instances
              .map(
                id =>
                  `<item><instanceId>${id}</instanceId><tagSet><item><key>owner</key><value>team-a</value></item></tagSet></item>`,
              )
              .join('')}</instancesSet></item></reservationSet>`
          : '';
      res.setHeader('Content-Type', 'text/xml');
      res.end(
        `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>1</requestId>${items}</${action}Response>`,
      );
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

/** A root logger that keeps the warnings and errors of every plugin. */
function loggingInto(lines: string[]) {
  const logger: RootLoggerService = {
    error: message => lines.push(message),
    warn: message => lines.push(message),
    info() {},
    debug() {},
    child: () => logger,
  };
  return createServiceFactory({
    service: coreServices.rootLogger,
    deps: {},
    factory: () => logger,
  });
}

/**
 * One backend of a split deployment, as `createBackend()` makes it in production: Backstage's
 * HTTP server, discovery, auth, permissions and scheduler. Only the config, the databases (each
 * plugin its own in-memory SQLite) and the log level are the test's. The backend has its own URL
 * and finds the other backend's plugins under `discovery.endpoints`; service-to-service tokens are
 * signed by each plugin's own key and checked against the issuing plugin's JWKS, found through
 * discovery, so each backend must be able to discover the other. A request needs real credentials:
 * the CI token stands for a caller from outside (`backend.auth.externalAccess`).
 */
async function startSplitBackend(options: {
  port: number;
  elsewhere: { url: string; plugins: string[] };
  features: BackendFeature[];
  config: ReturnType<typeof awsTestConfig>;
  /** Where the backend's warnings and errors go; else they are printed. */
  logs?: string[];
}) {
  const url = `http://127.0.0.1:${options.port}`;
  const backend = createBackend();
  for (const feature of options.features) backend.add(feature);
  backend.add(inMemoryDatabaseServiceFactory);
  backend.add(
    options.logs
      ? loggingInto(options.logs)
      : mockServices.rootLogger.factory({ level: 'error' }),
  );
  backend.add(
    mockServices.rootConfig.factory({
      data: {
        ...options.config,
        backend: {
          baseUrl: url,
          listen: { host: '127.0.0.1', port: options.port },
          auth: {
            externalAccess: [
              {
                type: 'static',
                options: { token: CI_TOKEN, subject: 'ci-pipeline' },
              },
            ],
          },
        },
        discovery: {
          endpoints: [
            {
              target: `${options.elsewhere.url}/api/{{pluginId}}`,
              plugins: options.elsewhere.plugins,
            },
          ],
        },
      },
    }),
  );
  await backend.start();
  return { url, http: request(url), stop: () => backend.stop() };
}

/**
 * Backend A runs cloud-extractor with AWS, pointed at `ec2Url`; backend B runs the catalog and
 * this module with the same account. B finds cloud-extractor at A; A finds the catalog at B
 * unless `extractorFindsCatalog` is false.
 */
async function startSplitDeployment(options: {
  ec2Url: string;
  extractorFindsCatalog: boolean;
  catalogLogs?: string[];
}) {
  const [portA, portB] = [await freePort(), await freePort()];
  const extractor = await startSplitBackend({
    port: portA,
    elsewhere: {
      url: `http://127.0.0.1:${portB}`,
      plugins: options.extractorFindsCatalog ? ['catalog'] : [],
    },
    features: [cloudExtractorPlugin, cloudExtractorModuleAws],
    config: awsTestConfig({ services: ['ec2'], endpoint: options.ec2Url }),
  });
  try {
    const catalog = await startSplitBackend({
      port: portB,
      elsewhere: { url: extractor.url, plugins: ['cloud-extractor'] },
      features: [catalogPlugin, catalogModuleCloudExtractor],
      config: {
        catalog: {
          processingInterval: { seconds: 1 },
          providers: { cloudExtractor: { intervalSeconds: 1 } },
        },
        cloudExtractor: { providers: { aws: { accounts: [TEST_ACCOUNT] } } },
      },
      logs: options.catalogLogs,
    });
    return {
      extractor,
      catalog,
      stop: async () => {
        await catalog.stop();
        await extractor.stop();
      },
    };
  } catch (error) {
    await extractor.stop();
    throw error;
  }
}

describe('the catalog in another backend than cloud-extractor', () => {
  const aws = { instances: [] as string[] };
  let ec2: Awaited<ReturnType<typeof ec2QueryApi>>;
  beforeAll(async () => {
    ec2 = await ec2QueryApi(aws);
  });
  afterAll(() => ec2.close());

  it('reads the entity feed across backends with service tokens: a scan on one backend reaches the catalog of the other, removals included', async () => {
    aws.instances = ['i-a', 'i-b'];
    const split = await startSplitDeployment({
      ec2Url: ec2.url,
      extractorFindsCatalog: true,
    });
    try {
      const { extractor, catalog } = split;
      // A checks credentials for real: its feed refuses a caller without a token.
      const anonymous = await extractor.http.get(
        '/api/cloud-extractor/catalog/entity-changes',
      );
      expect(anonymous.status).toBe(401);

      const instancesInCatalog = async () =>
        (
          await catalog.http
            .get(
              '/api/catalog/entities?filter=kind=resource,spec.type=ec2-instance',
            )
            .set(ci)
            .expect(200)
        ).body as Entity[];
      /** The catalog's instances once their titles are `expected`. */
      const catalogHolds = (expected: string[]) =>
        eventually(async () => {
          const instances = await instancesInCatalog();
          const titles = instances.map(e => e.metadata.title).sort();
          return JSON.stringify(titles) === JSON.stringify(expected)
            ? instances
            : undefined;
        }, 600_000);

      const first = await scanOverHttp(extractor.http, ci, {}, 600_000);
      expect(first.status).toBe('completed');
      expect(first.results.scopes[0]).toMatchObject({
        scope: TEST_ACCOUNT,
        complete: true,
      });
      const instances = await catalogHolds(['i-a', 'i-b']);
      // As A wrote them: the AWS module's shape, owned by A's scope provider.
      expect(instances.map(e => e.spec?.owner)).toEqual([
        'group:team-a',
        'group:team-a',
      ]);
      expect(
        instances.map(
          e => e.metadata.annotations?.['backstage.io/managed-by-location'],
        ),
      ).toEqual([
        `cloud-extractor:aws:${TEST_ACCOUNT}`,
        `cloud-extractor:aws:${TEST_ACCOUNT}`,
      ]);

      // i-b is gone: the next complete scan removes it from B's catalog too.
      aws.instances = ['i-a'];
      const second = await scanOverHttp(extractor.http, ci, {}, 600_000);
      expect(second.results.scopes[0]).toMatchObject({
        complete: true,
        // A saw the catalog of B read its feed.
        catalog_connected: true,
      });
      await catalogHolds(['i-a']);
    } finally {
      await split.stop();
    }
  });

  it('says which setting to look at when the backend of cloud-extractor cannot check the catalog service token', async () => {
    aws.instances = ['i-a'];
    const logs: string[] = [];
    const split = await startSplitDeployment({
      ec2Url: ec2.url,
      extractorFindsCatalog: false,
      catalogLogs: logs,
    });
    try {
      const job = await scanOverHttp(split.extractor.http, ci, {}, 600_000);
      expect(job.status).toBe('completed');
      const refused = await eventually(
        async () =>
          logs.find(line =>
            line.startsWith('Could not read the cloud-extractor entity feed'),
          ),
        600_000,
      );
      expect(refused).toContain(
        `at ${split.extractor.url}/api/cloud-extractor/catalog/entity-changes`,
      );
      expect(refused).toContain('401');
      expect(refused).toContain('discovery.endpoints');
      const entities = await split.catalog.http
        .get('/api/catalog/entities?filter=kind=resource')
        .set(ci);
      expect(entities.body).toEqual([]);
    } finally {
      await split.stop();
    }
  });
});
