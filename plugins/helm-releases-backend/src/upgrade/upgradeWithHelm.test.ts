import { authHeaders, createTestDatabases } from '@fawkes/test-kit';
import {
  HelmCli,
  helmTestbed,
  WEB_DEPLOYMENT_TEMPLATE,
} from '../__testUtils__/realHelm';

/*
 * Upgrades through the real helm 3 and helm 4 release binaries, against the simulated cluster:
 * the chart helm renders is the one the plugin wrote back from the stored release.
 */

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

const CHART = {
  'Chart.yaml':
    'apiVersion: v2\nname: greeter\nversion: 1.2.0\nappVersion: "1.2"\n',
  'values.yaml': 'greeting: hello\nreplicas: 1\nfail: false\n',
  'templates/config.yaml': [
    '{{- if .Values.fail }}{{ fail "the values asked this chart to fail" }}{{ end }}',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: {{ .Release.Name }}-config',
    'data:',
    '  greeting: {{ .Values.greeting | quote }}',
    '',
  ].join('\n'),
  'templates/web.yaml': WEB_DEPLOYMENT_TEMPLATE,
  'templates/NOTES.txt': 'Greeting is {{ .Values.greeting }}.\n',
};

/** A chart with a subchart in charts/: helm renders it, but stores only the parent's templates. */
const WITH_SUBCHART = {
  'Chart.yaml': 'apiVersion: v2\nname: bundle\nversion: 2.0.0\n',
  'templates/own.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bundle-own\ndata: {a: b}\n',
  'charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 0.1.0\n',
  'charts/cache/templates/cache.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bundle-cache\ndata: {c: d}\n',
};

describe.each([3, 4] as const)('upgrade with the real helm %s', major => {
  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    const bed = helmTestbed({
      major,
      knex: () => databases.init(databaseId),
      prepare: async cli => {
        await cli.run(
          'install',
          'greeter',
          cli.chart(CHART),
          '--namespace',
          'web',
          '--create-namespace',
        );
        await cli.run(
          'install',
          'bundle',
          cli.chart(WITH_SUBCHART),
          '--namespace',
          'web',
        );
      },
      helmReleases: cli => ({ helmBinary: cli.binary, maxHistory: 3 }),
    });

    const upgrade = (body: object) =>
      bed.backend.http
        .post('/api/helm-releases/api/releases/greeter/upgrade')
        .set(user)
        .send({ namespace: 'web', ...body });
    const liveGreeting = () =>
      bed.sim.store.find(
        bed.sim.types.find('v1', 'configmaps')!,
        'web',
        'greeter-config',
      )?.data.greeting;

    it('reads the release helm installed', async () => {
      const res = await bed.backend.http
        .get('/api/helm-releases/api/releases/greeter/history?namespace=web')
        .set(user);
      expect(res.status).toBe(200);
      expect(res.body.map((r: any) => [r.version, r.info.status])).toEqual([
        [1, 'deployed'],
      ]);
      expect(res.body[0].chart.metadata).toMatchObject({
        name: 'greeter',
        version: '1.2.0',
      });
      expect(res.body[0].manifest).toContain('greeting: "hello"');
    });

    it('answers a dry run with the diff helm rendered, and changes nothing', async () => {
      const res = await upgrade({
        values: 'greeting: bonjour\nreplicas: 2\n',
        dryRun: true,
      });
      expect(res.status).toBe(200);
      expect(res.body.dryRun).toBe(true);
      expect(res.body.release).toMatchObject({
        name: 'greeter',
        version: 2,
        config: { greeting: 'bonjour', replicas: 2 },
      });
      const changed = res.body.diff.resources
        .filter((r: any) => r.change === 'changed')
        .map((r: any) => `${r.kind}/${r.name}`);
      expect(changed.sort()).toEqual([
        'ConfigMap/greeter-config',
        'Deployment/greeter-web',
      ]);
      expect(
        res.body.diff.resources.find((r: any) => r.name === 'greeter-config')
          .diff,
      ).toContain('+  greeting: bonjour');
      expect(liveGreeting()).toBe('hello');
      const history = await bed.helm.json(
        'history',
        'greeter',
        '--namespace',
        'web',
      );
      expect(history).toHaveLength(1);
    });

    it('upgrades: helm renders the stored chart with the new values, and helm and the plugin agree on the result', async () => {
      const res = await upgrade({ values: 'greeting: hola\n' });
      expect(res.status).toBe(200);
      expect(res.body.release).toMatchObject({
        name: 'greeter',
        version: 2,
        info: { status: 'deployed' },
        config: { greeting: 'hola' },
      });
      expect(liveGreeting()).toBe('hola');

      const history = await bed.helm.json(
        'history',
        'greeter',
        '--namespace',
        'web',
      );
      expect(history.map((r: any) => [r.revision, r.status])).toEqual([
        [1, 'superseded'],
        [2, 'deployed'],
      ]);
      const read = await bed.backend.http
        .get('/api/helm-releases/api/releases/greeter/2?namespace=web')
        .set(user);
      expect(read.body.info.notes).toBe('Greeting is hola.\n');
      // --reset-values: the values given replace the old ones; the chart's defaults fill the rest.
      expect(
        await bed.helm.json('get', 'values', 'greeter', '--namespace', 'web'),
      ).toEqual({ greeting: 'hola' });

      const ops = await bed.backend.http
        .get('/api/helm-releases/api/releases/greeter/operations?namespace=web')
        .set(user);
      expect(ops.body[0]).toMatchObject({
        operation: 'upgrade',
        toRevision: 2,
        outcome: 'succeeded',
        actor: 'user:default/jane',
      });
    });

    it("answers helm's template failure as 502 with helm's reason, and writes no revision", async () => {
      const res = await upgrade({ values: 'fail: true\n' });
      expect(res.status).toBe(502);
      expect(res.body.error.message).toContain(
        'the values asked this chart to fail',
      );
      const history = await bed.helm.json(
        'history',
        'greeter',
        '--namespace',
        'web',
      );
      expect(history).toHaveLength(2);
    });

    it('keeps helmReleases.maxHistory', async () => {
      for (const greeting of ['one', 'two', 'three'])
        expect(
          (await upgrade({ values: `greeting: ${greeting}\n` })).status,
        ).toBe(200);
      const history = await bed.helm.json(
        'history',
        'greeter',
        '--namespace',
        'web',
      );
      expect(history.map((r: any) => r.revision)).toEqual([3, 4, 5]);
      expect(liveGreeting()).toBe('three');
    });

    it('refuses a release helm installed with a subchart, naming it, before running helm', async () => {
      const res = await bed.backend.http
        .post('/api/helm-releases/api/releases/bundle/upgrade')
        .set(user)
        .send({ namespace: 'web', values: 'a: 1\n' });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('has dependencies (cache)');
      expect(
        (await bed.helm.json('history', 'bundle', '--namespace', 'web')).map(
          (r: any) => r.revision,
        ),
      ).toEqual([1]);
      expect(
        bed.sim.store.find(
          bed.sim.types.find('v1', 'configmaps')!,
          'web',
          'bundle-cache',
        )?.data,
      ).toEqual({ c: 'd' });
    });

    it('upgrades a release helm keeps in ConfigMaps', async () => {
      const inConfigMaps = new HelmCli(bed.helm.binary, bed.sim, 'configmap');
      try {
        await inConfigMaps.run(
          'install',
          'mapped',
          inConfigMaps.chart(CHART),
          '--namespace',
          'maps',
          '--create-namespace',
        );
        const res = await bed.backend.http
          .post('/api/helm-releases/api/releases/mapped/upgrade')
          .set(user)
          .send({
            namespace: 'maps',
            storage: 'configmap',
            values: 'greeting: from-maps\n',
          });
        expect(res.status).toBe(200);
        expect(
          (
            await inConfigMaps.json('history', 'mapped', '--namespace', 'maps')
          ).map((r: any) => [r.revision, r.status]),
        ).toEqual([
          [1, 'superseded'],
          [2, 'deployed'],
        ]);
        expect(
          bed.sim.store.find(
            bed.sim.types.find('v1', 'configmaps')!,
            'maps',
            'mapped-config',
          )?.data.greeting,
        ).toBe('from-maps');
        expect(
          bed.sim.store.find(
            bed.sim.types.find('v1', 'secrets')!,
            'maps',
            'sh.helm.release.v1.mapped.v2',
          ),
        ).toBeUndefined();
      } finally {
        inConfigMaps.dispose();
      }
    });
  });
});
