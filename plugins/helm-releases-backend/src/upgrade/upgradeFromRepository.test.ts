import { authHeaders, createTestDatabases } from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HelmRepositoryServer,
  OciRegistryServer,
  type PackagedChart,
} from '../__testUtils__/chartServers';
import { helmTestbed, type HelmCli } from '../__testUtils__/realHelm';

/*
 * Values modes and chart versions from repositories, through the real helm 3.17 (whose
 * pkg/action/upgrade.go defines the modes), against the simulated cluster. The repositories are
 * local servers in the wire formats helm itself reads: index.yaml over HTTP, and the OCI
 * distribution API behind a bearer token.
 */

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

const chartFiles = (version: string, defaults: string) => ({
  'Chart.yaml': `apiVersion: v2\nname: greeter\nversion: ${version}\n`,
  'values.yaml': defaults,
  'templates/config.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: {{ .Release.Name }}-config',
    'data:',
    '  greeting: {{ .Values.greeting | quote }}',
    '  color: {{ .Values.color | quote }}',
    '  size: {{ .Values.size | default "none" | quote }}',
    '  replicas: {{ .Values.replicas | quote }}',
    '',
  ].join('\n'),
});
const V1 = chartFiles('1.0.0', 'greeting: hello\ncolor: blue\nreplicas: 1\n');
const V2 = chartFiles(
  '2.0.0',
  'greeting: hello\ncolor: red\nsize: m\nreplicas: 1\n',
);

async function packaged(cli: HelmCli, files: object): Promise<PackagedChart> {
  const out = cli.chart({});
  await cli.run('package', cli.chart(files as any), '--destination', out);
  const version = /version: (.*)/.exec((files as any)['Chart.yaml'])![1];
  return {
    name: 'greeter',
    version,
    archive: readFileSync(join(out, `greeter-${version}.tgz`)),
  };
}

const DATA_KEYS = ['greeting', 'color', 'size', 'replicas'];

/**
 * The data of the ConfigMap a dry run rendered, read from its diff against the live object (the
 * answer's release leaves the manifest out): the context and `+` lines, with three lines of
 * context around any change they are the whole `data`.
 */
function rendered(body: any): Record<string, string> {
  const change = body.live.find((c: any) => c.name === 'greeter-config');
  return Object.fromEntries(
    [...change.diff.matchAll(/^[+ ] {2}(\w+): (.*)$/gm)]
      .filter(m => DATA_KEYS.includes(m[1]))
      .map(m => [m[1], m[2].replace(/^"(.*)"$/, '$1')]),
  );
}

describe.each(databases.eachSupportedId())(
  'upgrades with helm 3.17 values modes and chart repositories on %s',
  databaseId => {
    let index: HelmRepositoryServer;
    let registry: OciRegistryServer;
    const bed = helmTestbed({
      major: 3,
      knex: () => databases.init(databaseId),
      prepare: async cli => {
        const v2 = await packaged(cli, V2);
        index = new HelmRepositoryServer([v2]);
        registry = new OciRegistryServer('charts', [v2]);
        await Promise.all([index.start(), registry.start()]);
        await cli.run(
          'install',
          'greeter',
          cli.chart(V1),
          '--namespace',
          'web',
          '--create-namespace',
          '--set',
          'greeting=hi',
        );
      },
      helmReleases: cli => ({
        helmBinary: cli.binary,
        chartRepositories: [
          { name: 'stable', url: index.url },
          {
            name: 'registry',
            url: registry.url,
            username: 'ci',
            password: 's3cret',
            plainHttp: true,
          },
        ],
      }),
    });
    afterAll(async () => {
      await Promise.all([index?.stop(), registry?.stop()]);
    });

    const upgrade = (body: object) =>
      bed.backend.http
        .post('/api/helm-releases/api/releases/greeter/upgrade')
        .set(user)
        .send({ namespace: 'web', ...body });
    const toV2 = { repository: 'stable', version: '2.0.0' };

    it.each([
      [
        'reuseValues: the given values over the previous ones, the previous chart defaults kept',
        { reuseValues: true },
        { greeting: 'hi', replicas: 3 },
        { greeting: 'hi', color: 'blue', size: 'none', replicas: '3' },
      ],
      [
        'resetThenReuseValues: the given values over the previous ones, the new chart defaults',
        { resetThenReuseValues: true },
        { greeting: 'hi', replicas: 3 },
        { greeting: 'hi', color: 'red', size: 'm', replicas: '3' },
      ],
      [
        'resetValues: only the given values, the new chart defaults',
        { resetValues: true },
        { replicas: 3 },
        { greeting: 'hello', color: 'red', size: 'm', replicas: '3' },
      ],
      [
        "none, with values: Helm's default replaces the previous values",
        {},
        { replicas: 3 },
        { greeting: 'hello', color: 'red', size: 'm', replicas: '3' },
      ],
    ])(
      '%s (dry run to chart 2.0.0 from the HTTP repository)',
      async (_mode, flags, config, data) => {
        const res = await upgrade({
          values: 'replicas: 3\n',
          chart: toV2,
          dryRun: true,
          ...flags,
        });
        expect(res.status).toBe(200);
        expect(res.body.release.chart.metadata.version).toBe('2.0.0');
        expect(res.body.release.config).toEqual(config);
        expect(rendered(res.body)).toEqual(data);
      },
    );

    it('keeps the previous values when none are given and no mode is set', async () => {
      const res = await upgrade({ values: '', chart: toV2, dryRun: true });
      expect(res.status).toBe(200);
      expect(res.body.release.config).toEqual({ greeting: 'hi' });
    });

    it('shows a dry run against the live objects, so a change made on the cluster shows', async () => {
      const configMaps = bed.sim.types.find('v1', 'configmaps')!;
      const live = bed.sim.store.find(configMaps, 'web', 'greeter-config');
      bed.sim.store.upsert(configMaps, {
        ...live,
        data: { ...live.data, greeting: 'edited-by-hand' },
      });
      const res = await upgrade({ values: '', dryRun: true });
      expect(res.status).toBe(200);
      // Against the stored revision nothing changes; against the cluster the edit is undone.
      expect(res.body.diff.resources).toEqual([]);
      expect(res.body.live).toEqual([
        expect.objectContaining({
          change: 'changed',
          kind: 'ConfigMap',
          name: 'greeter-config',
          namespace: 'web',
        }),
      ]);
      expect(res.body.live[0].diff).toContain('-  greeting: edited-by-hand');
      expect(res.body.live[0].diff).toContain('+  greeting: hi');
      // What the API server adds is not a change the upgrade makes.
      expect(res.body.live[0].diff).not.toContain('resourceVersion');
    });

    it('upgrades to the chart version from the OCI registry, through its token flow', async () => {
      const res = await upgrade({
        values: 'size: xl\n',
        resetThenReuseValues: true,
        chart: { repository: 'registry', version: '2.0.0' },
      });
      expect(res.status).toBe(200);
      expect(res.body.release).toMatchObject({
        version: 2,
        info: { status: 'deployed' },
        config: { greeting: 'hi', size: 'xl' },
      });
      expect(res.body).not.toHaveProperty('live');
      expect(registry.requests).toEqual(
        expect.arrayContaining([
          '/v2/charts/greeter/manifests/2.0.0',
          expect.stringMatching(/^\/token\?/),
        ]),
      );
      const history = await bed.helm.json(
        'history',
        'greeter',
        '--namespace',
        'web',
      );
      expect(history.map((r: any) => [r.revision, r.chart])).toEqual([
        [1, 'greeter-1.0.0'],
        [2, 'greeter-2.0.0'],
      ]);
      const configMaps = bed.sim.types.find('v1', 'configmaps')!;
      expect(
        bed.sim.store.find(configMaps, 'web', 'greeter-config')?.data,
      ).toMatchObject({ greeting: 'hi', color: 'red', size: 'xl' });
    });

    it.each([
      [
        { repository: 'stable', version: '9.9.9' },
        404,
        'chart "greeter" has no version 9.9.9 in repository "stable" (versions: 2.0.0)',
      ],
      [
        { repository: 'registry', version: '9.9.9' },
        404,
        'chart "greeter" has no version 9.9.9 in repository "registry"',
      ],
      [
        { repository: 'stable', name: 'other', version: '1.0.0' },
        404,
        'chart "other" is not in repository "stable"',
      ],
      [
        { repository: 'nowhere', version: '1.0.0' },
        400,
        'chart.repository "nowhere" is not configured: use one of stable, registry',
      ],
    ])(
      'answers a chart it cannot find (%j) with %i naming it',
      async (chart, status, message) => {
        const res = await upgrade({ values: '', chart });
        expect(res.status).toBe(status);
        expect(res.body.error.message).toBe(message);
      },
    );

    it('refuses two values modes at once with 400 naming them', async () => {
      const res = await upgrade({
        values: '',
        reuseValues: true,
        resetValues: true,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Invalid request body: body.resetValues: give at most one of reuseValues, resetValues, resetThenReuseValues',
      );
    });
  },
);
