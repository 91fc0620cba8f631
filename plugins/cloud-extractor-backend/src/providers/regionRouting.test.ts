import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockServices } from '@backstage/backend-test-utils';
import { mockClient } from 'aws-sdk-client-mock';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigReader } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { AwsProvider } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { AzureProvider } from '@fawkes/plugin-cloud-extractor-backend-module-azure';
import { GcpProvider } from '@fawkes/plugin-cloud-extractor-backend-module-gcp';
import { googleAuthLibrary } from 'google-gax';
import { DEFAULT_ENTITY_SHAPE } from '../catalog/entityShape';
import { ExtractionRun } from '../jobs/ExtractionRun';
import { capturingCatalog } from '../testUtils/capturingCatalog';
import { awsTestConfig, TEST_ACCOUNT } from '../testUtils/awsTestConfig';
import { ProviderRegistry } from './ProviderRegistry';

const ACCOUNT = TEST_ACCOUNT;
const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
const PROJECT = 'shop-prod';
const ec2 = mockClient(EC2Client);

/** A Google OAuth2 client that holds a token, so no token request is made. */
function gcpAuth() {
  const client = new googleAuthLibrary.OAuth2Client({
    transporterOptions: { fetchImplementation: fetch },
  });
  client.setCredentials({
    access_token: 'gcp-test-token',
    expiry_date: Date.now() + 3_600_000,
  });
  return client;
}

/** A local server answering every request with `body`, recording the URL and JSON body asked. */
async function answering(body: object) {
  const requests: Array<{ url: URL; body: any }> = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', chunk => (text += chunk));
    req.on('end', () => {
      requests.push({
        url: new URL(req.url!, 'http://local'),
        body: text ? JSON.parse(text) : undefined,
      });
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => server.close(),
  };
}

async function threeClouds() {
  const graph = await answering({
    totalRecords: 0,
    count: 0,
    resultTruncated: 'false',
    data: [],
  });
  const asset = await answering({ results: [] });
  const aws = new AwsProvider(
    {
      accounts: [ACCOUNT],
      regions: ['us-east-1'],
      regionConcurrency: 1,
      serviceConcurrency: 1,
      maxAttempts: 1,
    },
    DefaultAwsCredentialsManager.fromConfig(new ConfigReader(awsTestConfig())),
  ).withServices(['ec2']);
  const azure = new AzureProvider(
    {
      subscriptions: [SUBSCRIPTION],
      endpoint: graph.url,
      audience: 'https://management.azure.com',
      pageSize: 100,
      maxAttempts: 1,
    },
    {
      getToken: async () => ({
        token: 'azure-test-token',
        expiresOnTimestamp: Date.now() + 3_600_000,
      }),
    },
  );
  const gcp = new GcpProvider(
    { projects: [PROJECT], pageSize: 100, endpoint: asset.url },
    { authClient: gcpAuth() },
  );
  return {
    aws,
    azure,
    gcp,
    graph,
    asset,
    close: async () => {
      await gcp.close();
      graph.close();
      asset.close();
    },
  };
}

describe('regions go only to the providers whose names they are', () => {
  it('plans each requested region for its own provider, whichever cloud it names', async () => {
    const clouds = await threeClouds();
    try {
      const registry = new ProviderRegistry([
        clouds.aws,
        clouds.azure,
        clouds.gcp,
      ]);
      const plan = registry.plan(undefined, undefined, [
        'us-east-1',
        'westeurope',
        'europe-west1',
        'cn-north-1',
        'us-gov-west-1',
        'us-central1-a',
        'eastus2',
        'global',
      ]);
      expect(plan.map(work => [work.provider, work.regions])).toEqual([
        ['aws', ['us-east-1', 'cn-north-1', 'us-gov-west-1']],
        ['azure', ['westeurope', 'eastus2', 'global']],
        ['gcp', ['europe-west1', 'us-central1-a', 'global']],
      ]);
      // Only AWS names: the other clouds are not scanned at all.
      expect(
        registry
          .plan(undefined, undefined, ['eu-central-2'])
          .map(work => [work.provider, work.regions]),
      ).toEqual([['aws', ['eu-central-2']]]);
      // No regions: every provider, each with its configured regions.
      expect(
        registry
          .plan(undefined, undefined)
          .map(work => [work.provider, work.regions]),
      ).toEqual([
        ['aws', undefined],
        ['azure', undefined],
        ['gcp', undefined],
      ]);
    } finally {
      await clouds.close();
    }
  });

  it('refuses with 422 a region that no chosen provider owns, naming body.regions and what is expected', async () => {
    const clouds = await threeClouds();
    try {
      const all = new ProviderRegistry([clouds.aws, clouds.azure, clouds.gcp]);
      expect(() =>
        all.plan('aws', undefined, ['us-east-1', 'westeurope']),
      ).toThrow(
        expect.objectContaining({
          statusCode: 422,
          message:
            "Invalid request body: body.regions: 'westeurope' is not a region of aws; expected an AWS region such as us-east-1, eu-central-2, cn-north-1 or us-gov-west-1",
        }),
      );
      expect(() => all.plan('gcp', undefined, ['us-east-1'])).toThrow(
        /'us-east-1' is not a region of gcp; expected a GCP region/,
      );
      expect(() =>
        all.plan(undefined, undefined, ['mars-north-1', 'x-1']),
      ).toThrow(
        "Invalid request body: body.regions: 'mars-north-1', 'x-1' are not regions of any enabled provider (aws, azure, gcp); expected an AWS region such as us-east-1, eu-central-2, cn-north-1 or us-gov-west-1, or an Azure location such as westeurope or eastus2, or a GCP region or zone such as europe-west1, us-central1 or us-central1-a (or us, eu, asia, global)",
      );
      // The services narrow the providers, and so the regions they accept.
      expect(() => all.plan(undefined, ['ec2'], ['westeurope'])).toThrow(
        /'westeurope' is not a region of any enabled provider with the requested services \(aws\)/,
      );
      // Names of a cloud that is not enabled are refused, not silently scanned for nothing.
      expect(() =>
        new ProviderRegistry([clouds.aws]).plan(undefined, undefined, [
          'westeurope',
        ]),
      ).toThrow(/'westeurope' is not a region of any enabled provider \(aws\)/);
    } finally {
      await clouds.close();
    }
  });

  it('scans AWS, Azure and GCP each in its own regions only, so no scope fails a foreign region', async () => {
    const clouds = await threeClouds();
    const awsRegions = new Set<string>();
    ec2.reset();
    for (const command of [
      DescribeInstancesCommand,
      DescribeSecurityGroupsCommand,
      DescribeVpcsCommand,
    ]) {
      ec2.on(command).callsFake(async (_input, getClient) => {
        awsRegions.add(await getClient().config.region());
        return {};
      });
    }
    try {
      const run = new ExtractionRun({
        registry: new ProviderRegistry([clouds.aws, clouds.azure, clouds.gcp]),
        feed: capturingCatalog('aws').feed,
        entityShape: DEFAULT_ENTITY_SHAPE,
        logger: mockServices.logger.mock(),
      });
      const outcome = await run.execute(
        {
          provider: null,
          services: null,
          regions: ['us-east-1', 'westeurope', 'europe-west1'],
          filters: {},
          batch_size: 100,
        },
        () => {},
        new AbortController().signal,
      );
      expect(outcome.results.errors).toEqual([]);
      expect(outcome.results.scopes.map(s => [s.provider, s.complete])).toEqual(
        [
          ['aws', true],
          ['azure', true],
          ['gcp', true],
        ],
      );
      expect([...awsRegions]).toEqual(['us-east-1']);
      expect(clouds.graph.requests).toHaveLength(1);
      expect(clouds.graph.requests[0].body.query).toContain(
        "| where location in~ ('westeurope') |",
      );
      expect(clouds.asset.requests).toHaveLength(1);
      expect(clouds.asset.requests[0].url.searchParams.get('query')).toBe(
        'location:europe-west1',
      );
    } finally {
      await clouds.close();
    }
  });
});
