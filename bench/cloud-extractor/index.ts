/*
 * cloud-extractor: 100,000 resources from a paginated AWS account (EC2 DescribeInstances mocked
 * with aws-sdk-client-mock, 1,000 instances a page) through the AWS provider into the catalog
 * entity provider: a full scan (one full mutation) and a subset scan (delta mutations in
 * batch_size chunks); then as many Lambda functions, whose tags cost one ListTags call each
 * (bounded by tagConcurrency); each scan in its own process. Goal: under 60 s and under 500 MB
 * peak RSS.
 */
import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  LambdaClient,
  ListFunctionsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-lambda';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import type { EntityProviderMutation } from '@backstage/plugin-catalog-node';
import { mockClient } from 'aws-sdk-client-mock';
import { spawnSync } from 'node:child_process';
import { CatalogPublisher } from '../../plugins/cloud-extractor-backend/src/catalog/CatalogPublisher';
import { CloudEntityProvider } from '../../plugins/cloud-extractor-backend/src/catalog/CloudEntityProvider';
import { DEFAULT_ENTITY_SHAPE } from '../../plugins/cloud-extractor-backend/src/catalog/toEntity';
import { ExtractionRun } from '../../plugins/cloud-extractor-backend/src/jobs/ExtractionRun';
import type { ExtractionRequest } from '../../plugins/cloud-extractor-backend/src/jobs/types';
import { AwsProvider } from '../../plugins/cloud-extractor-backend/src/providers/aws/AwsProvider';
import { ProviderRegistry } from '../../plugins/cloud-extractor-backend/src/providers/ProviderRegistry';
import { startBenchBackend } from '../lib/backend';
import { PeakRss } from '../lib/memory';
import { cloudExtractorPlugin } from '../../plugins/cloud-extractor-backend/src/plugin';
import { cloudExtractorModuleAws } from '../../plugins/cloud-extractor-backend/src/providers/aws/module';
import { printTable, writeResults, type Row } from '../lib/report';

const ACCOUNT = '123456789012';
const RESOURCES = Number(process.env.BENCH_RESOURCES ?? 100_000);
const PAGE_SIZE = 1000;

/** Forgets the calls the AWS mocks recorded; called between pages, never during a call. */
let dropMockHistory = () => {};

function mockAccount() {
  const ec2 = mockClient(EC2Client);
  const pages = Math.ceil(RESOURCES / PAGE_SIZE);
  ec2.on(DescribeInstancesCommand).callsFake(async input => {
    const page = input.NextToken ? Number(input.NextToken) : 0;
    const count = Math.min(PAGE_SIZE, RESOURCES - page * PAGE_SIZE);
    return {
      Reservations: [
        {
          OwnerId: ACCOUNT,
          Instances: Array.from({ length: count }, (_, i) => {
            const n = page * PAGE_SIZE + i;
            return {
              InstanceId: `i-${n.toString(16).padStart(17, '0')}`,
              Tags: [
                { Key: 'Name', Value: `web-${n}` },
                { Key: 'owner', Value: `team-${n % 20}` },
                {
                  Key: 'aws:cloudformation:stack-name',
                  Value: `stack-${n % 500}`,
                },
                { Key: 'env', Value: n % 2 ? 'prod' : 'staging' },
              ],
            };
          }),
        },
      ],
      NextToken: page + 1 < pages ? String(page + 1) : undefined,
    };
  });
  ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });

  // The same number of Lambda functions, whose listing has no tags: one ListTags per function.
  const lambda = mockClient(LambdaClient);
  lambda.on(ListFunctionsCommand).callsFake(async input => {
    const page = input.Marker ? Number(input.Marker) : 0;
    const count = Math.min(PAGE_SIZE, RESOURCES - page * PAGE_SIZE);
    return {
      Functions: Array.from({ length: count }, (_, i) => {
        const name = `fn-${page * PAGE_SIZE + i}`;
        return {
          FunctionName: name,
          FunctionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`,
        };
      }),
      NextMarker: page + 1 < pages ? String(page + 1) : undefined,
    };
  });
  // The mock records every call it answers (about 2 KB each); 100,000 ListTags records are the
  // harness's memory, not the extractor's, so they are dropped after each page (see `once`).
  dropMockHistory = () => lambda.send.resetHistory();
  lambda.on(ListTagsCommand).callsFake(async input => {
    const n = Number(input.Resource.split('-').pop());
    return {
      Tags: { owner: `team-${n % 20}`, env: n % 2 ? 'prod' : 'staging' },
    };
  });
  return ec2;
}

async function once(
  label: string,
  request: ExtractionRequest,
  services: string[],
): Promise<Row> {
  global.gc?.();
  const publisher = new CatalogPublisher();
  let mutations = 0;
  let entities = 0;
  let type = '';
  await new CloudEntityProvider('aws', ACCOUNT, publisher).connect({
    applyMutation: async (mutation: EntityProviderMutation) => {
      mutations += 1;
      type = mutation.type;
      entities +=
        mutation.type === 'full'
          ? mutation.entities.length
          : mutation.added.length;
    },
    refresh: async () => {},
  });
  const aws = new AwsProvider(
    {
      accounts: [ACCOUNT],
      regions: ['us-east-1'],
      regionConcurrency: 4,
      serviceConcurrency: 3,
      maxAttempts: 3,
    },
    DefaultAwsCredentialsManager.fromConfig(
      new ConfigReader({
        aws: {
          accounts: [
            {
              accountId: ACCOUNT,
              accessKeyId: 'AKIDEXAMPLE',
              secretAccessKey: 'bench',
            },
          ],
        },
      }),
    ),
  ).withServices(services);
  const run = new ExtractionRun({
    registry: new ProviderRegistry([aws]),
    publisher,
    entityShape: DEFAULT_ENTITY_SHAPE,
    logger: mockServices.rootLogger({ level: 'warn' }),
  });
  const rss = new PeakRss(20);
  const started = process.hrtime.bigint();
  const outcome = await run.execute(
    request,
    () => dropMockHistory(),
    new AbortController().signal,
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakRssMiB = rss.stop();
  return {
    scan: label,
    resources: outcome.results.resources_extracted,
    pages: Math.ceil(RESOURCES / PAGE_SIZE),
    mutation: type,
    mutations,
    entities,
    seconds: Number(seconds.toFixed(2)),
    resourcesPerSecond: Math.round(
      outcome.results.resources_extracted / seconds,
    ),
    peakRssMiB,
    goal:
      seconds < 60 && peakRssMiB < 500
        ? 'met (<60 s, <500 MB)'
        : 'MISSED (<60 s, <500 MB)',
  };
}

/**
 * The same account through a real backend (backend-defaults, SQLite): POST /extraction/trigger,
 * then the job's server-sent events read to the end; the catalog is not installed, so this
 * measures the job machinery (claim, lease, progress events) around the scan.
 */
async function endToEnd(label: string): Promise<Row> {
  global.gc?.();
  const backend = await startBenchBackend({
    features: [cloudExtractorPlugin, cloudExtractorModuleAws],
    config: {
      aws: {
        accounts: [
          {
            accountId: ACCOUNT,
            accessKeyId: 'AKIDEXAMPLE',
            secretAccessKey: 'bench',
          },
        ],
      },
      cloudExtractor: {
        providers: {
          aws: {
            accounts: [ACCOUNT],
            regions: ['us-east-1'],
            services: ['ec2'],
          },
        },
        jobs: { pollIntervalSeconds: 1 },
      },
    },
  });
  try {
    const headers = {
      Authorization: `Bearer ${backend.token}`,
      'Content-Type': 'application/json',
    };
    const rss = new PeakRss(20);
    const started = process.hrtime.bigint();
    const trigger = await fetch(
      `${backend.baseUrl}/api/cloud-extractor/extraction/trigger`,
      { method: 'POST', headers, body: '{"batch_size": 1000}' },
    );
    const { job_id: jobId } = (await trigger.json()) as { job_id: string };
    const stream = await fetch(
      `${backend.baseUrl}/api/cloud-extractor/extraction/jobs/${jobId}/events`,
      { headers },
    );
    const events = (await stream.text())
      .split('\n\n')
      .filter(block => block.includes('data: ')).length;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakRssMiB = rss.stop();
    const job = (await (
      await fetch(
        `${backend.baseUrl}/api/cloud-extractor/extraction/jobs/${jobId}`,
        { headers },
      )
    ).json()) as {
      status: string;
      results: { resources_extracted: number };
    };
    return {
      scan: label,
      resources: job.results.resources_extracted,
      pages: Math.ceil(RESOURCES / PAGE_SIZE),
      mutation: `${job.status}, ${events} SSE events`,
      mutations: 0,
      entities: 0,
      seconds: Number(seconds.toFixed(2)),
      resourcesPerSecond: Math.round(job.results.resources_extracted / seconds),
      peakRssMiB,
      goal:
        seconds < 60 && peakRssMiB < 500
          ? 'met (<60 s, <500 MB)'
          : 'MISSED (<60 s, <500 MB)',
    };
  } finally {
    await backend.stop();
  }
}

const END_TO_END = 'HTTP trigger + SSE, real backend (no catalog)';

const BASE: ExtractionRequest = {
  provider: 'aws',
  services: null,
  regions: null,
  filters: {},
  batch_size: 1000,
};
const SCANS: Record<
  string,
  { request: ExtractionRequest; services: string[] }
> = {
  'full (all services)': { request: BASE, services: ['ec2'] },
  'subset (services: [ec2])': {
    request: { ...BASE, services: ['ec2'] },
    services: ['ec2'],
  },
  'full, Lambda functions + ListTags each': {
    request: BASE,
    services: ['lambda'],
  },
};

async function main() {
  const scan = process.env.BENCH_CLOUD_EXTRACTOR_SCAN;
  if (scan) {
    // Child: one scan, so its peak RSS is its own.
    mockAccount();
    const row =
      scan === END_TO_END
        ? await endToEnd(scan)
        : await once(scan, SCANS[scan].request, SCANS[scan].services);
    process.stdout.write(`\n${JSON.stringify(row)}\n`);
    process.exit(0);
  }
  const rows = [...Object.keys(SCANS), END_TO_END].map(name => {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, __filename],
      {
        env: { ...process.env, BENCH_CLOUD_EXTRACTOR_SCAN: name },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (child.status !== 0) throw new Error(`scan ${name} failed`);
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as Row;
  });
  printTable(
    `cloud-extractor: ${RESOURCES.toLocaleString('en')} EC2 instances (or Lambda functions, tagged one ListTags each) from a paginated mocked account into the entity provider`,
    rows,
  );
  writeResults('cloud-extractor', rows);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
