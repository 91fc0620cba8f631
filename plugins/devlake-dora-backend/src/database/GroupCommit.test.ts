import { createTestDatabases } from '@fawkes/test-kit';
import knexFactory, { type Knex } from 'knex';
import type { DeploymentEvent, IngestBatch } from '../ingestion/events';
import { GroupCommit } from './GroupCommit';
import { IngestionStore } from './IngestionStore';
import { poisonTrigger } from '../test/poison';
import { migrateDatabase } from './migrateDatabase';

const databases = createTestDatabases();

const deployment = (
  project: string,
  externalId: string,
  status: DeploymentEvent['status'],
  minute: number,
  extra: Partial<DeploymentEvent> = {},
): IngestBatch => ({
  deployments: [
    {
      source: 'argocd',
      externalId,
      project,
      environment: 'production',
      status,
      finishedAt: new Date(Date.UTC(2026, 10, 1, 10, minute)),
      ...extra,
    },
  ],
});

describe.each(databases.eachSupportedId())('GroupCommit on %s', databaseId => {
  let knex: Knex;
  let store: IngestionStore;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    await poisonTrigger(knex);
    store = new IngestionStore(knex);
  });

  const rowsOf = (project: string) =>
    knex('deployments').where({ project }).orderBy('external_id');

  it('writes deliveries of the same moment in one transaction, each stored once and visible when its promise resolves', async () => {
    const groups: number[] = [];
    const writer = new GroupCommit(store, { onGroup: n => groups.push(n) });
    const visibleOnAnswer: boolean[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        writer
          .ingest(
            deployment(
              'grouped',
              `grouped-${String(i).padStart(2, '0')}`,
              'SUCCESS',
              i,
            ),
          )
          .then(async counts => {
            expect(counts.deployments).toBe(1);
            // Read on another connection where there is one: an answered delivery is committed.
            visibleOnAnswer.push(
              (
                await knex('deployments').where({
                  external_id: `grouped-${String(i).padStart(2, '0')}`,
                })
              ).length === 1,
            );
          }),
      ),
    );
    expect(groups).toEqual([20]);
    expect(visibleOnAnswer).toEqual(Array(20).fill(true));
    expect(await rowsOf('grouped')).toHaveLength(20);
    if (knex.client.config.client === 'pg') {
      // Rows written by one PostgreSQL transaction share its id (SQLite has no such column).
      const xmins = await knex('deployments')
        .where({ project: 'grouped' })
        .distinct(knex.raw('xmin::text as x'));
      // eslint-disable-next-line jest/no-conditional-expect
      expect(xmins).toHaveLength(1);
    }
  });

  it('gives a group with repeated keys the same rows as writing its deliveries one by one', async () => {
    const sequence = (project: string): IngestBatch[] => [
      deployment(project, `${project}-a`, 'IN_PROGRESS', 0, {
        startedAt: new Date(Date.UTC(2026, 10, 1, 9)),
        commits: [{ sha: 'c1', message: 'first' }],
      }),
      deployment(project, `${project}-a`, 'SUCCESS', 5, {
        version: 'v1',
        commits: [{ sha: 'c1', message: 'second' }, { sha: 'c2' }],
      }),
      deployment(project, `${project}-a`, 'IN_PROGRESS', 9),
      deployment(project, `${project}-b`, 'FAILURE', 7),
      {
        commits: [
          {
            project,
            sha: 'c2',
            committedAt: new Date(Date.UTC(2026, 9, 30)),
            landedAt: new Date(Date.UTC(2026, 9, 31)),
            author: 'jane',
          },
        ],
      },
      {
        incidents: [
          {
            source: 'pagerduty',
            externalId: `${project}-i`,
            project,
            status: 'TODO',
            createdAt: new Date(Date.UTC(2026, 10, 2)),
          },
        ],
      },
      {
        incidents: [
          {
            source: 'pagerduty',
            externalId: `${project}-i`,
            project,
            status: 'DONE',
            createdAt: new Date(Date.UTC(2026, 10, 2)),
            resolvedAt: new Date(Date.UTC(2026, 10, 3)),
          },
        ],
      },
      {
        pullRequests: [
          {
            project,
            repository: `${project}/repo`,
            number: 1,
            title: 'first',
            createdAt: new Date(Date.UTC(2026, 9, 1)),
            mergedAt: new Date(Date.UTC(2026, 9, 2)),
          },
        ],
      },
      {
        pullRequests: [
          {
            project,
            repository: `${project}/repo`,
            number: 1,
            title: 'second',
            createdAt: new Date(Date.UTC(2026, 9, 1)),
            mergedAt: new Date(Date.UTC(2026, 9, 2)),
          },
        ],
      },
    ];
    for (const batch of sequence('one-by-one')) await store.ingest(batch);
    const groups: number[] = [];
    const writer = new GroupCommit(store, { onGroup: n => groups.push(n) });
    await Promise.all(
      sequence('grouped-dup').map(batch => writer.ingest(batch)),
    );
    expect(groups).toEqual([9]);

    const snapshot = async (project: string) => {
      const strip = (rows: Array<Record<string, unknown>>) =>
        rows.map(({ id: _id, deployment_id: _d, ...row }) =>
          JSON.parse(JSON.stringify(row).replaceAll(project, 'P')),
        );
      return {
        deployments: strip(
          await knex('deployments').where({ project }).orderBy('external_id'),
        ),
        links: strip(
          await knex('deployment_commits')
            .join(
              'deployments',
              'deployments.id',
              'deployment_commits.deployment_id',
            )
            .where({ 'deployments.project': project })
            .select('deployments.external_id', 'deployment_commits.commit_sha')
            .orderBy([
              'deployments.external_id',
              'deployment_commits.commit_sha',
            ]),
        ),
        commits: strip(await knex('commits').where({ project }).orderBy('sha')),
        incidents: strip(await knex('incidents').where({ project })),
        pullRequests: strip(await knex('pull_requests').where({ project })),
      };
    };
    const expected = await snapshot('one-by-one');
    expect(
      expected.deployments.map(d => [d.external_id, d.status, d.version]),
    ).toEqual([
      ['P-a', 'SUCCESS', 'v1'],
      ['P-b', 'FAILURE', null],
    ]);
    expect(expected.commits.map(c => [c.sha, c.message, c.author])).toEqual([
      ['c1', 'first', null],
      ['c2', null, 'jane'],
    ]);
    expect(expected.pullRequests.map(p => p.title)).toEqual(['first']);
    expect(await snapshot('grouped-dup')).toEqual(expected);
  });

  it('writes the others of a failed group and refuses only the bad delivery, with a 400', async () => {
    const groups: number[] = [];
    const writer = new GroupCommit(store, { onGroup: n => groups.push(n) });
    const answers = await Promise.allSettled([
      writer.ingest(deployment('mixed', 'mixed-1', 'SUCCESS', 1)),
      writer.ingest(deployment('poison', 'poison-1', 'SUCCESS', 2)),
      writer.ingest(deployment('mixed', 'mixed-2', 'SUCCESS', 3)),
    ]);
    expect(groups).toEqual([3]);
    expect(answers.map(a => a.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const refused = (answers[1] as PromiseRejectedResult).reason;
    expect(refused.name).toBe('InputError');
    expect(refused.message).toMatch(/poisoned project/);
    expect(refused.message).not.toMatch(/insert into/);
    expect((await rowsOf('mixed')).map(r => r.external_id)).toEqual([
      'mixed-1',
      'mixed-2',
    ]);
    expect(await rowsOf('poison')).toHaveLength(0);
  });

  it('answers every delivery 503 when the database cannot be reached', async () => {
    const unreachable = knexFactory(
      knex.client.config.client === 'pg'
        ? {
            client: 'pg',
            connection: 'postgresql://postgres@127.0.0.1:1/none',
            acquireConnectionTimeout: 2000,
          }
        : {
            client: 'better-sqlite3',
            connection: { filename: '/nonexistent/dir/devlake.sqlite' },
            useNullAsDefault: true,
            acquireConnectionTimeout: 2000,
          },
    );
    try {
      const writer = new GroupCommit(new IngestionStore(unreachable));
      const answers = await Promise.allSettled([
        writer.ingest(deployment('down', 'down-1', 'SUCCESS', 1)),
        writer.ingest(deployment('down', 'down-2', 'SUCCESS', 2)),
      ]);
      expect(
        answers.map(a => a.status === 'rejected' && a.reason.name),
      ).toEqual(['ServiceUnavailableError', 'ServiceUnavailableError']);
    } finally {
      await unreachable.destroy();
    }
  });
});
