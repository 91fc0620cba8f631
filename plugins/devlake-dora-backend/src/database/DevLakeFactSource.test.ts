import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import knexFactory, { type Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { devlakePlugin } from '../plugin';

const MARIADB = { host: '127.0.0.1', port: 3306, user: 'root' };
const database = `devlake_test_${randomBytes(4).toString('hex')}`;

/** DevLake's domain tables, with the columns the plugin reads (types as DevLake declares them). */
async function createDevLakeSchema(db: Knex) {
  await db.raw(
    `create table project_mapping (project_name varchar(100), \`table\` varchar(255), row_id varchar(255), primary key (project_name, \`table\`, row_id))`,
  );
  await db.raw(`create table cicd_deployment_commits (
    id varchar(255) primary key, cicd_scope_id varchar(255), cicd_deployment_id varchar(255), name varchar(255), result varchar(100), status varchar(100),
    environment varchar(255), started_date datetime(3), finished_date datetime(3), commit_sha varchar(255), ref_name varchar(255), repo_id varchar(255),
    repo_url varchar(255), prev_success_deployment_commit_id varchar(255))`);
  await db.raw(
    `create table commits_diffs (new_commit_sha char(40), old_commit_sha char(40), commit_sha char(40), sorting_index bigint, primary key (new_commit_sha, old_commit_sha, commit_sha))`,
  );
  await db.raw(
    `create table commits (sha varchar(40) primary key, message longtext, author_email varchar(255), authored_date datetime(3), committed_date datetime(3))`,
  );
  await db.raw(`create table incidents (id varchar(255) primary key, url varchar(255), incident_key varchar(255), title varchar(255), status varchar(100),
    original_status varchar(100), created_date datetime(3), resolution_date datetime(3), lead_time_minutes bigint, scope_id varchar(255), \`table\` varchar(255))`);
  await db.raw(
    `create table project_incident_deployment_relationships (id varchar(255), project_name varchar(100), deployment_id varchar(255), primary key (id, project_name))`,
  );
  await db.raw(`create table pull_requests (id varchar(255) primary key, base_repo_id varchar(255), pull_request_key bigint, title longtext, status varchar(100),
    created_date datetime(3), merged_date datetime(3), closed_date datetime(3), merge_commit_sha varchar(40))`);
}

const at = (iso: string) => new Date(iso);

describe('reading an existing DevLake database (MariaDB)', () => {
  let admin: Knex;
  let devlakeDb: Knex;
  let backend: PluginBackend;

  beforeAll(async () => {
    admin = knexFactory({ client: 'mysql2', connection: MARIADB });
    await admin.raw(`create database \`${database}\``);
    devlakeDb = knexFactory({
      client: 'mysql2',
      connection: { ...MARIADB, database, timezone: 'Z' },
    });
    await createDevLakeSchema(devlakeDb);
    await devlakeDb('project_mapping').insert([
      { project_name: 'shop', table: 'cicd_scopes', row_id: 'scope-1' },
      { project_name: 'shop', table: 'repos', row_id: 'repo-1' },
      { project_name: 'shop', table: 'boards', row_id: 'board-1' },
      { project_name: 'other', table: 'cicd_scopes', row_id: 'scope-2' },
      { project_name: 'other', table: 'boards', row_id: 'board-2' },
    ]);
    const row = (
      id: string,
      deployment: string,
      scope: string,
      result: string,
      sha: string,
      started: string,
      finished: string,
      prev: string | null,
      environment = 'PRODUCTION',
    ) => ({
      id,
      cicd_deployment_id: deployment,
      cicd_scope_id: scope,
      result,
      status: 'DONE',
      environment,
      commit_sha: sha,
      started_date: at(started),
      finished_date: at(finished),
      prev_success_deployment_commit_id: prev,
      repo_url: 'https://github.com/acme/shop',
    });
    await devlakeDb('cicd_deployment_commits').insert([
      // two months before the incidents of shop
      row(
        'dcold',
        'dep-old',
        'scope-1',
        'SUCCESS',
        'a00',
        '2026-09-01T09:00:00Z',
        '2026-09-01T10:00:00Z',
        null,
      ),
      row(
        'dc0',
        'dep-0',
        'scope-1',
        'SUCCESS',
        'a0',
        '2026-10-30T09:00:00Z',
        '2026-10-30T10:00:00Z',
        null,
      ),
      row(
        'dc1',
        'dep-1',
        'scope-1',
        'SUCCESS',
        'a2',
        '2026-11-02T09:00:00Z',
        '2026-11-02T10:00:00Z',
        'dc0',
      ),
      // a second repo in the same deployment: DevLake counts one deployment, finished at the last row
      row(
        'dc1b',
        'dep-1',
        'scope-1',
        'SUCCESS',
        'b1',
        '2026-11-02T09:00:00Z',
        '2026-11-02T10:30:00Z',
        null,
      ),
      row(
        'dc2',
        'dep-2',
        'scope-1',
        'FAILURE',
        'a3',
        '2026-11-04T11:00:00Z',
        '2026-11-04T12:00:00Z',
        null,
      ),
      row(
        'dc9',
        'dep-9',
        'scope-2',
        'SUCCESS',
        'z9',
        '2026-11-03T11:00:00Z',
        '2026-11-03T12:00:00Z',
        null,
      ),
      // a rollout of four hours, during which an incident opens (below)
      row(
        'dc10',
        'dep-10',
        'scope-2',
        'SUCCESS',
        'z10',
        '2026-11-10T10:00:00Z',
        '2026-11-10T14:00:00Z',
        null,
      ),
      // a1 and a2 reached staging before production: lead time runs to production all the same
      row(
        'ds0',
        'stg-0',
        'scope-1',
        'SUCCESS',
        'a0',
        '2026-10-30T07:00:00Z',
        '2026-10-30T08:00:00Z',
        null,
        'STAGING',
      ),
      row(
        'ds1',
        'stg-1',
        'scope-1',
        'SUCCESS',
        'a2',
        '2026-11-02T07:00:00Z',
        '2026-11-02T08:00:00Z',
        'ds0',
        'STAGING',
      ),
    ]);
    await devlakeDb('commits_diffs').insert([
      {
        new_commit_sha: 'a2',
        old_commit_sha: 'a0',
        commit_sha: 'a1',
        sorting_index: 1,
      },
      {
        new_commit_sha: 'a2',
        old_commit_sha: 'a0',
        commit_sha: 'a2',
        sorting_index: 2,
      },
    ]);
    await devlakeDb('commits').insert([
      { sha: 'a1', authored_date: at('2026-11-01T10:00:00Z') },
      { sha: 'a2', authored_date: at('2026-11-02T06:00:00Z') },
    ]);
    await devlakeDb('incidents').insert({
      id: 'inc-1',
      title: 'Checkout errors',
      status: 'DONE',
      created_date: at('2026-11-02T11:00:00Z'),
      resolution_date: at('2026-11-02T13:00:00Z'),
      scope_id: 'board-1',
      table: 'boards',
    });
    await devlakeDb('incidents').insert({
      id: 'inc-2',
      title: 'Slow search',
      status: 'DONE',
      created_date: at('2026-11-10T12:00:00Z'),
      resolution_date: at('2026-11-10T15:00:00Z'),
      scope_id: 'board-2',
      table: 'boards',
    });
    // opened after the week of dep-0 ended, before dep-1: DevLake lays it on dep-0
    await devlakeDb('incidents').insert({
      id: 'inc-0',
      title: 'Stale prices',
      status: 'DONE',
      created_date: at('2026-11-01T12:00:00Z'),
      resolution_date: at('2026-11-01T14:00:00Z'),
      scope_id: 'board-1',
      table: 'boards',
    });
    await devlakeDb('project_incident_deployment_relationships').insert([
      { id: 'inc-1', project_name: 'shop', deployment_id: 'dep-1' },
      { id: 'inc-0', project_name: 'shop', deployment_id: 'dep-0' },
    ]);
    await devlakeDb('pull_requests').insert({
      id: 'pr-1',
      base_repo_id: 'repo-1',
      pull_request_key: 7,
      created_date: at('2026-11-01T12:00:00Z'),
      merged_date: at('2026-11-02T08:00:00Z'),
      merge_commit_sha: 'a2',
    });
    backend = await startPluginBackend({
      features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
      config: {
        devlake: {
          incidentWindowHours: 4,
          source: { database: { connection: { ...MARIADB, database } } },
        },
      },
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await devlakeDb?.destroy();
    await admin.raw(`drop database if exists \`${database}\``);
    await admin.destroy();
  });

  it('computes the metrics of a DevLake project as DevLake models it', async () => {
    const res = await backend.http
      .get(
        '/api/devlake/dora-metrics?project=shop&startDate=2026-11-02&endDate=2026-11-08&details=true',
      )
      .set(authHeaders.user());
    expect(res.status).toBe(200);
    const m = res.body.metrics;
    // dep-1 (two rows, finished 10:30) is the one successful deployment in the week
    expect(m.deploymentFrequency).toMatchObject({ value: 1, count: 1 });
    // a1 (11-01 10:00) and a2 (11-02 06:00) shipped by dep-1 at 10:30: 24.5 h and 4.5 h → lower median 4.5
    expect(m.leadTimeForChanges).toMatchObject({
      value: 4.5,
      count: 2,
      pullRequests: { count: 1, openToMergeHours: 20, mergeToDeployHours: 2.5 },
    });
    // DevLake's diff is the link: each commit goes to the production deployment that shipped it, not
    // to the staging one that finished first
    expect(
      m.leadTimeForChanges.details
        .map((d: any) => [d.sha, d.deploymentId, d.matchedBy, d.hours])
        .sort(),
    ).toEqual([
      ['a1', 'dep-1', 'link', 24.5],
      ['a2', 'dep-1', 'link', 4.5],
    ]);
    // On DevLake's basis (successful deployments): dep-1 caused inc-1 (explicit relationship): 1 of 1
    expect(m.changeFailureRate).toMatchObject({
      value: 100,
      count: 1,
      failed: 1,
    });
    expect(
      m.changeFailureRate.details.map((d: any) => [d.id, d.reasons]),
    ).toEqual([['dep-1', ['incident']]]);
    // dep-1 finished 10:30, inc-1 resolved 13:00
    expect(m.timeToRestoreService).toMatchObject({ value: 2.5, count: 1 });
  });

  const shopFailureRate = async (period: string) =>
    (
      await backend.http
        .get(`/api/devlake/dora-metrics?project=shop&${period}`)
        .set(authHeaders.user())
    ).body.metrics.changeFailureRate;

  it("fails a deployment by DevLake's link from an incident opened after the period", async () => {
    // dep-0 (10-30) is the week's deployment; inc-0 opened 11-01 12:00, after the week, and names it
    expect(
      await shopFailureRate('startDate=2026-10-26&endDate=2026-10-31'),
    ).toMatchObject({ value: 100, count: 1, failed: 1 });
  });

  it('gives 0 % for a period without incidents once incidents are recorded for the project', async () => {
    // dep-old's week has no incident (shop's open two months later), but they are collected: 0 of 1, elite
    expect(
      await shopFailureRate('startDate=2026-08-31&endDate=2026-09-06'),
    ).toMatchObject({
      value: 0,
      count: 1,
      failed: 0,
      performance: 'elite',
      basis: ['incidents'],
    });
  });

  it('counts the failed deployment too with countFailedDeployments=true', async () => {
    const res = await backend.http
      .get(
        '/api/devlake/dora-metrics?project=shop&startDate=2026-11-02&endDate=2026-11-08&details=true&countFailedDeployments=true',
      )
      .set(authHeaders.user());
    // dep-1 caused inc-1, dep-2 failed: 2 of 2
    expect(res.body.metrics.changeFailureRate).toMatchObject({
      value: 100,
      count: 2,
      failed: 2,
    });
    expect(
      res.body.metrics.changeFailureRate.details.map((d: any) => [
        d.id,
        d.reasons,
      ]),
    ).toEqual([
      ['dep-1', ['incident']],
      ['dep-2', ['failed']],
    ]);
  });

  it('keeps projects apart through project_mapping', async () => {
    const res = await backend.http
      .get(
        '/api/devlake/dora-metrics?project=other&startDate=2026-11-02&endDate=2026-11-08',
      )
      .set(authHeaders.user());
    expect(res.body.metrics.deploymentFrequency).toMatchObject({
      value: 1,
      count: 1,
    });
    expect(res.body.metrics.timeToRestoreService.value).toBeNull();
  });

  it('refuses a request that would read more than devlake.maxFactRows rows of DevLake, before reading them', async () => {
    const bounded = await startPluginBackend({
      features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
      config: {
        devlake: {
          maxFactRows: 5,
          source: { database: { connection: { ...MARIADB, database } } },
        },
      },
    });
    try {
      const period = 'startDate=2026-11-02&endDate=2026-11-08';
      // shop: six deployment rows, two shipped commits, an incident and a pull request
      for (const query of [`project=shop&${period}`, period]) {
        const refused = await bounded.http
          .get(`/api/devlake/dora-metrics?${query}`)
          .set(authHeaders.user());
        expect(refused.status).toBe(400);
        expect(refused.body.error.message).toContain(
          'more than 5 deployments, commits, incidents and pull requests (devlake.maxFactRows)',
        );
      }
      // other: one deployment row in the range read
      const small = await bounded.http
        .get(`/api/devlake/dora-metrics?project=other&${period}`)
        .set(authHeaders.user());
      expect(small.status).toBe(200);
      expect(small.body.metrics.deploymentFrequency).toMatchObject({
        count: 1,
      });
    } finally {
      await bounded.stop();
    }
  });

  it('reads rollout start times, so an incident opened during a rollout is linked to it by the window', async () => {
    const res = await backend.http
      .get(
        '/api/devlake/dora-metrics?project=other&startDate=2026-11-09&endDate=2026-11-15&details=true',
      )
      .set(authHeaders.user());
    expect(res.status).toBe(200);
    const m = res.body.metrics;
    // inc-2 opened at 12:00 while dep-10 (10:00 to 14:00) was rolling out; recovered at 15:00
    expect(
      m.timeToRestoreService.details.map((d: any) => [
        d.id,
        d.deploymentId,
        d.linkedBy,
        d.hours,
      ]),
    ).toEqual([['inc-2', 'dep-10', 'window', 1]]);
    expect(m.changeFailureRate).toMatchObject({
      value: 100,
      count: 1,
      failed: 1,
    });
  });
});
