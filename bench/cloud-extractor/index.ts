/*
 * cloud-extractor at scale, on PostgreSQL, every AWS call over HTTP in EC2's XML wire format to a
 * local server (the real SDK parses it):
 * - stream: 1,000,000 EC2 instances across 10 accounts (BENCH_CLOUD_RESOURCES, _ACCOUNTS) through
 *   the AWS provider into the entity feed, then a second complete scan in which every account lost
 *   10 % (removed without holding the set). Goal: peak RSS ≤ 500 MiB.
 * - catalog: 100,000 instances (BENCH_CLOUD_CATALOG_RESOURCES) through a real backend with the
 *   catalog: from POST /extraction/trigger until GET /api/catalog/entities lists them all.
 *   Goal: within 10 minutes; the wait stops at 15.
 * Each runs in its own process, so its peak RSS is its own.
 */
import { ConfigReader } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import knexFactory, { type Knex } from 'knex';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DEFAULT_ENTITY_SHAPE } from '../../plugins/cloud-extractor-backend/src/catalog/entityShape';
import { EntityFeedStore } from '../../plugins/cloud-extractor-backend/src/database/EntityFeedStore';
import { ExtractionRun } from '../../plugins/cloud-extractor-backend/src/jobs/ExtractionRun';
import type { ExtractionRequest } from '../../plugins/cloud-extractor-backend/src/jobs/types';
import { ProviderRegistry } from '../../plugins/cloud-extractor-backend/src/providers/ProviderRegistry';
import { AwsProvider } from '../../plugins/cloud-extractor-backend-module-aws/src/AwsProvider';
import { benchPostgresConnection, startBenchBackend } from '../lib/backend';
import { PeakRss } from '../lib/memory';
import { printTable, writeResults, type Row } from '../lib/report';
import { benchAccounts, ec2WireServer } from './awsWire';

const RESOURCES = Number(process.env.BENCH_CLOUD_RESOURCES ?? 1_000_000);
const ACCOUNTS = Number(process.env.BENCH_CLOUD_ACCOUNTS ?? 10);
const CATALOG_RESOURCES = Number(
  process.env.BENCH_CLOUD_CATALOG_RESOURCES ?? 100_000,
);
// The catalog's own `catalog.processingInterval` in seconds (unset: the catalog's default of
// 100–150 s): how soon it processes an entity again that it has already processed.
const CATALOG_PROCESSING_INTERVAL_S = process.env
  .BENCH_CLOUD_CATALOG_PROCESSING_INTERVAL_S
  ? Number(process.env.BENCH_CLOUD_CATALOG_PROCESSING_INTERVAL_S)
  : undefined;
const PAGE_SIZE = 1000;
const DATABASE = 'bench_cloud_extractor';
const RSS_GOAL_MIB = 500;
const CATALOG_GOAL_S = 600;

const silentLogger = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child() {
    return silentLogger;
  },
};

async function freshDatabase(): Promise<{ knex: Knex; drop(): Promise<void> }> {
  const admin = knexFactory({
    client: 'pg',
    connection: benchPostgresConnection(),
  });
  await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${DATABASE}`);
  const url = new URL(benchPostgresConnection());
  url.pathname = `/${DATABASE}`;
  const knex = knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 1, max: 4 },
  });
  await knex.migrate.latest({
    directory: resolve(
      __dirname,
      '../../plugins/cloud-extractor-backend/migrations',
    ),
  });
  return {
    knex,
    drop: async () => {
      await knex.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

/** Two complete scans of every account into the entity feed; the second finds 10 % fewer. */
async function stream(): Promise<Row[]> {
  const perAccount = Math.ceil(RESOURCES / ACCOUNTS);
  const { ids, awsConfig } = benchAccounts(ACCOUNTS);
  const db = await freshDatabase();
  const rows: Row[] = [];
  try {
    for (const [label, count] of [
      ['first complete scan', perAccount],
      ['second complete scan, 10 % gone', Math.floor(perAccount * 0.9)],
    ] as const) {
      const server = await ec2WireServer(count, PAGE_SIZE);
      try {
        const aws = new AwsProvider(
          {
            accounts: ids,
            regions: ['us-east-1'],
            regionConcurrency: 1,
            serviceConcurrency: 1,
            maxAttempts: 3,
            endpoint: server.url,
          },
          DefaultAwsCredentialsManager.fromConfig(
            new ConfigReader({ aws: awsConfig }),
          ),
        ).withServices(['ec2']);
        const feed = new EntityFeedStore(db.knex);
        const run = new ExtractionRun({
          registry: new ProviderRegistry([aws]),
          feed,
          entityShape: DEFAULT_ENTITY_SHAPE,
          logger: silentLogger,
        });
        const request: ExtractionRequest = {
          provider: 'aws',
          services: null,
          regions: null,
          filters: {},
          batch_size: PAGE_SIZE,
        };
        global.gc?.();
        const before = await revision(db.knex);
        const rss = new PeakRss(20);
        const started = process.hrtime.bigint();
        const outcome = await run.execute(
          request,
          () => {},
          new AbortController().signal,
        );
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const peakRssMiB = rss.stop();
        const removed = await db
          .knex('cloud_entities')
          .whereNull('entity')
          .count({ n: '*' })
          .first();
        rows.push({
          scan: label,
          accounts: ACCOUNTS,
          resources: outcome.results.resources_extracted,
          status: outcome.status,
          'feed changes': (await revision(db.knex)) - before,
          'removed (total)': Number(removed?.n ?? 0),
          seconds: Number(seconds.toFixed(1)),
          'resources/s': Math.round(
            outcome.results.resources_extracted / seconds,
          ),
          peakRssMiB,
          goal:
            peakRssMiB <= RSS_GOAL_MIB
              ? `met (≤ ${RSS_GOAL_MIB} MiB)`
              : `MISSED (≤ ${RSS_GOAL_MIB} MiB)`,
        });
      } finally {
        await server.close();
      }
    }
  } finally {
    await db.drop();
  }
  return rows;
}

async function revision(knex: Knex): Promise<number> {
  const row = await knex('cloud_entity_feed').where({ id: 1 }).first();
  return Number(row.revision);
}

/**
 * A real backend (backend-defaults, PostgreSQL) with the catalog, the catalog module, the plugin
 * and the AWS module: POST /extraction/trigger, then GET /api/catalog/entities until it lists
 * every instance.
 */
async function catalog(): Promise<Row[]> {
  const { ids, awsConfig } = benchAccounts(1);
  const server = await ec2WireServer(CATALOG_RESOURCES, PAGE_SIZE);
  const prefix = 'bench_cloud_catalog_';
  const admin = knexFactory({
    client: 'pg',
    connection: benchPostgresConnection(),
  });
  const backend = await startBenchBackend({
    features: [
      import('@backstage/plugin-catalog-backend'),
      import('../../plugins/catalog-backend-module-cloud-extractor/src'),
      import('../../plugins/cloud-extractor-backend/src'),
      import('../../plugins/cloud-extractor-backend-module-aws/src'),
    ],
    database: {
      client: 'pg',
      connection: benchPostgresConnection(),
      prefix,
    },
    config: {
      aws: awsConfig,
      catalog: {
        providers: { cloudExtractor: { intervalSeconds: 5 } },
        ...(CATALOG_PROCESSING_INTERVAL_S
          ? {
              processingInterval: { seconds: CATALOG_PROCESSING_INTERVAL_S },
            }
          : {}),
      },
      cloudExtractor: {
        providers: {
          aws: {
            accounts: ids,
            regions: ['us-east-1'],
            services: ['ec2'],
            endpoint: server.url,
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
    const rss = new PeakRss(100);
    const started = Date.now();
    const trigger = await fetch(
      `${backend.baseUrl}/api/cloud-extractor/extraction/trigger`,
      { method: 'POST', headers, body: '{"batch_size": 1000}' },
    );
    const { job_id: jobId } = (await trigger.json()) as { job_id: string };
    let scanSeconds = 0;
    let visible = 0;
    while (Date.now() - started < 15 * 60_000) {
      await new Promise(r => setTimeout(r, 5000));
      if (!scanSeconds) {
        const job = (await (
          await fetch(
            `${backend.baseUrl}/api/cloud-extractor/extraction/jobs/${jobId}`,
            { headers },
          )
        ).json()) as { status: string };
        if (job.status !== 'running' && job.status !== 'pending')
          scanSeconds = (Date.now() - started) / 1000;
      }
      const page = (await (
        await fetch(
          `${backend.baseUrl}/api/catalog/entities/by-query?filter=kind=resource,spec.type=ec2-instance&limit=1&fields=metadata.name`,
          { headers },
        )
      ).json()) as { totalItems: number };
      visible = page.totalItems;
      // The rate over time tells the catalog's first processing from its re-processing.
      const elapsed = Math.round((Date.now() - started) / 1000);
      if (elapsed % 60 < 5)
        console.error(`catalog: ${visible} visible after ${elapsed} s`);
      if (visible >= CATALOG_RESOURCES) break;
    }
    const seconds = (Date.now() - started) / 1000;
    return [
      {
        scan: `trigger → GET /api/catalog/entities, real catalog (processingInterval ${
          CATALOG_PROCESSING_INTERVAL_S
            ? `${CATALOG_PROCESSING_INTERVAL_S} s`
            : 'default'
        })`,
        accounts: 1,
        resources: CATALOG_RESOURCES,
        status:
          visible >= CATALOG_RESOURCES ? 'all visible' : 'stopped waiting',
        'feed changes': visible,
        'removed (total)': 0,
        seconds: Number(seconds.toFixed(1)),
        'resources/s': Math.round(visible / seconds),
        peakRssMiB: rss.stop(),
        goal:
          visible >= CATALOG_RESOURCES && seconds <= CATALOG_GOAL_S
            ? `met (≤ ${CATALOG_GOAL_S} s; scan ${scanSeconds.toFixed(0)} s)`
            : `MISSED (≤ ${CATALOG_GOAL_S} s; ${visible} visible; scan ${scanSeconds.toFixed(0)} s)`,
      },
    ];
  } finally {
    await backend.stop();
    await server.close();
    const { rows } = await admin.raw(
      `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`,
    );
    for (const { datname } of rows)
      // Quoted: the plugin ids in the names carry hyphens.
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
    await admin.destroy();
  }
}

const PARTS: Record<string, () => Promise<Row[]>> = { stream, catalog };

async function main() {
  const part = process.env.BENCH_CLOUD_EXTRACTOR_PART;
  if (part) {
    // Child: one part, so its peak RSS is its own.
    const rows = await PARTS[part]();
    process.stdout.write(`\n${JSON.stringify(rows)}\n`);
    process.exit(0);
  }
  const wanted = (process.env.BENCH_CLOUD_PARTS ?? 'stream,catalog').split(',');
  const rows = wanted.flatMap(name => {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, __filename],
      {
        env: { ...process.env, BENCH_CLOUD_EXTRACTOR_PART: name },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    // A part that failed is a row saying so: the other part's figures still print.
    if (child.status !== 0)
      return [{ scan: name, status: `failed (exit ${child.status})` }];
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as Row[];
  });
  printTable(
    `cloud-extractor: ${RESOURCES.toLocaleString('en')} EC2 instances across ${ACCOUNTS} accounts (AWS wire format, local server) into the entity feed on PostgreSQL; ${CATALOG_RESOURCES.toLocaleString('en')} through the real catalog`,
    rows,
  );
  writeResults('cloud-extractor', rows);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
