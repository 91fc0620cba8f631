import { authHeaders, createTestDatabases } from '@fawkes/test-kit';
import { helmTestbed, WEB_DEPLOYMENT_TEMPLATE } from './__testUtils__/realHelm';

/*
 * The plugin's rollback beside helm's own, on twin releases: helm installs and upgrades the same
 * chart in two namespaces, then helm rolls one back and the plugin the other. Both must leave the
 * same history, the same stored revision and the same live objects, and helm must carry on from
 * the plugin's records.
 */

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

/** Install, upgrade with `upgradeValues`, then roll back to 1: what each scenario exercises. */
interface Scenario {
  title: string;
  driver: 'secret' | 'configmap';
  chart: Record<string, string>;
  upgradeValues: string;
  /** The release's objects after the rollback, as `Kind/name`. */
  after: string[];
  /** Helm 4 only: how the install and the upgrade apply (`--server-side`). */
  serverSide?: { install: boolean; upgrade: boolean };
}

const PLAIN: Scenario = {
  title: 'a chart without hooks, in Secrets',
  driver: 'secret',
  chart: {
    'Chart.yaml': 'apiVersion: v2\nname: twin\nversion: 0.3.0\n',
    'values.yaml': 'greeting: hello\nreplicas: 1\nservice: false\n',
    // `mode` only in the upgrade: the rollback's patch must remove it again.
    'templates/config.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  greeting: {{ .Values.greeting | quote }}\n{{- if .Values.service }}\n  mode: full\n{{- end }}\n',
    'templates/web.yaml': WEB_DEPLOYMENT_TEMPLATE,
    'templates/service.yaml':
      '{{- if .Values.service }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n{{- end }}\n',
    'templates/NOTES.txt': 'Say {{ .Values.greeting }}.\n',
  },
  upgradeValues: 'greeting=bye,replicas=3,service=true',
  // The upgrade's Service is deleted.
  after: ['ConfigMap/app-config', 'Deployment/app-web'],
};

const HOOKED: Scenario = {
  title: 'hooks and the keep policy, in ConfigMaps',
  driver: 'configmap',
  chart: {
    'Chart.yaml': 'apiVersion: v2\nname: hooked\nversion: 0.1.0\n',
    'values.yaml': 'greeting: hello\nextra: false\n',
    'templates/config.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  greeting: {{ .Values.greeting | quote }}\n',
    'templates/extra.yaml': [
      '{{- if .Values.extra }}',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-kept\n  annotations:\n    helm.sh/resource-policy: keep\ndata: {a: b}',
      '---',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-dropped\ndata: {a: b}',
      '{{- end }}',
      '',
    ].join('\n'),
    'templates/hooks.yaml': [
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: app-migrate\n  annotations:\n    helm.sh/hook: pre-rollback,pre-upgrade\n    helm.sh/hook-weight: "1"\n    helm.sh/hook-delete-policy: hook-succeeded',
      'spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: run, image: busybox}]',
      '---',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-after\n  annotations:\n    helm.sh/hook: post-rollback\ndata:\n  greeting: {{ .Values.greeting | quote }}',
      '',
    ].join('\n'),
  },
  upgradeValues: 'greeting=bye,extra=true',
  // The succeeded Job hook is deleted, the post-rollback ConfigMap stays, and so does app-kept.
  after: ['ConfigMap/app-after', 'ConfigMap/app-config', 'ConfigMap/app-kept'],
};

/** Helm 4 moving a release between client- and server-side apply, and the rollback moving it back. */
const APPLY_SWITCHES: Scenario[] = [true, false].map(installedServerSide => ({
  ...PLAIN,
  title: `${installedServerSide ? 'server' : 'client'}-side install, ${installedServerSide ? 'client' : 'server'}-side upgrade`,
  serverSide: { install: installedServerSide, upgrade: !installedServerSide },
  // Back from a client-side upgrade to a server-side revision, Helm 4 first hands the fields of
  // helm's client-side writes to its apply, so the upgrade's `mode` goes.
}));

/** A stored revision without what differs between any two writes: times and the namespace. */
function comparable(release: any) {
  const {
    first_deployed: _first,
    last_deployed: _last,
    ...info
  } = release.info;
  const { namespace: _namespace, hooks, ...rest } = release;
  const hookRuns = hooks?.map(
    ({
      last_run: { started_at: _s, completed_at: _c, ...run } = {} as any,
      ...hook
    }: any) => ({ ...hook, last_run: run }),
  );
  return { ...rest, info, ...(hooks ? { hooks: hookRuns } : {}) };
}

const RELEASE_RECORD = /^sh\.helm\.release\.v1\./;

describe.each([3, 4] as const)('rollback beside the real helm %s', major => {
  const scenarios =
    major === 4 ? [PLAIN, HOOKED, ...APPLY_SWITCHES] : [PLAIN, HOOKED];
  describe.each(
    scenarios.flatMap(scenario =>
      databases
        .eachSupportedId()
        .map(([id]) => [scenario.title, id, scenario] as const),
    ),
  )('with %s on %s', (_title, databaseId, scenario) => {
    const bed = helmTestbed({
      major,
      driver: scenario.driver,
      knex: () => databases.init(databaseId),
      prepare: async cli => {
        const chart = cli.chart(scenario.chart);
        for (const namespace of ['theirs', 'ours']) {
          const side = (serverSide?: boolean) =>
            serverSide === undefined ? [] : [`--server-side=${serverSide}`];
          await cli.run(
            'install',
            'app',
            chart,
            '--namespace',
            namespace,
            '--create-namespace',
            ...side(scenario.serverSide?.install),
          );
          await cli.run(
            'upgrade',
            'app',
            chart,
            '--namespace',
            namespace,
            '--set',
            scenario.upgradeValues,
            ...side(scenario.serverSide?.upgrade),
          );
        }
      },
    });

    beforeAll(async () => {
      await bed.helm.run('rollback', 'app', '1', '--namespace', 'theirs');
      const res = await bed.backend.http
        .post('/api/helm-releases/api/releases/app/rollback')
        .set(user)
        .send({ namespace: 'ours', storage: scenario.driver, revision: 1 });
      if (res.status !== 200)
        throw new Error(
          `the plugin's rollback answered ${res.status}: ${JSON.stringify(res.body)}`,
        );
    });

    const history = async (namespace: string) =>
      (
        (await bed.helm.json(
          'history',
          'app',
          '--namespace',
          namespace,
        )) as any[]
      ).map(({ updated: _updated, ...revision }) => revision);
    const revision = async (namespace: string, version: number) =>
      (
        await bed.backend.http
          .get(
            `/api/helm-releases/api/releases/app/${version}?namespace=${namespace}&storage=${scenario.driver}`,
          )
          .set(user)
      ).body;
    const live = (namespace: string) =>
      bed.sim.types
        .all()
        .filter(type => type.namespaced)
        .flatMap(type =>
          bed.sim.store.list(type, namespace).items.map(({ object }: any) => ({
            kind: object.kind,
            name: object.metadata.name,
            labels: object.metadata.labels,
            data: object.data,
            spec: object.spec,
            managers: (object.metadata.managedFields ?? [])
              .map((f: any) => `${f.manager}/${f.operation}`)
              .sort(),
          })),
        )
        .filter(
          object =>
            !RELEASE_RECORD.test(object.name) &&
            object.kind !== 'ReplicaSet' &&
            object.kind !== 'Pod',
        );

    it('leaves the same history, as helm reads it', async () => {
      expect(await history('ours')).toEqual(await history('theirs'));
      expect(
        (await history('ours')).map(r => [r.revision, r.status, r.description]),
      ).toEqual([
        [1, 'superseded', 'Install complete'],
        [2, 'superseded', 'Upgrade complete'],
        [3, 'deployed', 'Rollback to 1'],
      ]);
    });

    it('writes the same revision record', async () => {
      expect(comparable(await revision('ours', 3))).toEqual(
        comparable(await revision('theirs', 3)),
      );
      expect(comparable(await revision('ours', 2))).toEqual(
        comparable(await revision('theirs', 2)),
      );
      const labels = (namespace: string) => {
        const records = bed.sim.types.find(
          'v1',
          scenario.driver === 'secret' ? 'secrets' : 'configmaps',
        )!;
        const {
          createdAt: _c,
          modifiedAt: _m,
          ...rest
        } = bed.sim.store.get(records, namespace, 'sh.helm.release.v1.app.v3')
          .metadata.labels;
        return rest;
      };
      expect(labels('ours')).toEqual(labels('theirs'));
    });

    it('leaves the same live objects', async () => {
      expect(live('ours')).toEqual(live('theirs'));
      expect(
        live('ours')
          .map(o => `${o.kind}/${o.name}`)
          .sort(),
      ).toEqual(scenario.after);
      expect(live('ours').find(o => o.name === 'app-config')?.data).toEqual({
        greeting: 'hello',
      });
    });

    it("lets helm carry on from the plugin's records", async () => {
      await bed.helm.run(
        'upgrade',
        'app',
        bed.helm.chart(scenario.chart),
        '--namespace',
        'ours',
        '--set',
        'greeting=again',
      );
      expect((await history('ours')).map(r => [r.revision, r.status])).toEqual([
        [1, 'superseded'],
        [2, 'superseded'],
        [3, 'superseded'],
        [4, 'deployed'],
      ]);
      expect(live('ours').find(o => o.name === 'app-config')?.data).toEqual({
        greeting: 'again',
      });
    });
  });
});

/** A request of the rollback the cluster refuses with 403, in both namespaces. */
interface Refusal {
  title: string;
  /** The request refused, by how the rollback applies (a server-side apply creates by PATCH). */
  request: (
    namespace: string,
    serverSide: boolean,
  ) => { method: 'PATCH' | 'DELETE' | 'POST'; path: string };
  /** Rolled back to first (with no fault), to set the scene. */
  before?: number;
  to: number;
  /** Whether helm's rollback goes through, by Helm major version. */
  succeeds: (major: 3 | 4) => boolean;
}

const REFUSALS: Refusal[] = [
  {
    title: 'a patch',
    to: 1,
    succeeds: () => false,
    request: ns => ({
      method: 'PATCH',
      path: `/api/v1/namespaces/${ns}/configmaps/app-config`,
    }),
  },
  {
    // Helm 3 logs a refused deletion and goes on; Helm 4 fails.
    title: 'a deletion',
    to: 1,
    succeeds: major => major === 3,
    request: ns => ({
      method: 'DELETE',
      path: `/api/v1/namespaces/${ns}/services/app-web`,
    }),
  },
  {
    title: 'a creation',
    before: 1,
    to: 2,
    succeeds: () => false,
    request: (ns, serverSide) =>
      serverSide
        ? { method: 'PATCH', path: `/api/v1/namespaces/${ns}/services/app-web` }
        : { method: 'POST', path: `/api/v1/namespaces/${ns}/services` },
  },
];

// Helm 4 applies server-side unless told otherwise; --server-side=false makes its client-side path.
describe.each([
  [3, []],
  [4, []],
  [4, ['--server-side=false']],
] as const)(
  'rollback the cluster refuses, beside the real helm %s %j',
  (major, flags) => {
    const serverSide =
      major === 4 &&
      !(flags as readonly string[]).includes('--server-side=false');
    describe.each(
      REFUSALS.flatMap(refusal =>
        databases
          .eachSupportedId()
          .map(([id]) => [refusal.title, id, refusal] as const),
      ),
    )('refusing %s, on %s', (_title, databaseId, refusal) => {
      const bed = helmTestbed({
        major,
        knex: () => databases.init(databaseId),
        prepare: async cli => {
          const chart = cli.chart(PLAIN.chart);
          for (const namespace of ['theirs', 'ours']) {
            await cli.run(
              'install',
              'app',
              chart,
              '--namespace',
              namespace,
              '--create-namespace',
              ...flags,
            );
            await cli.run(
              'upgrade',
              'app',
              chart,
              '--namespace',
              namespace,
              '--set',
              PLAIN.upgradeValues,
              ...flags,
            );
            if (refusal.before)
              await cli.run(
                'rollback',
                'app',
                String(refusal.before),
                '--namespace',
                namespace,
              );
          }
        },
      });

      it('records the same revisions, with the same reason, and answers as helm ends', async () => {
        for (const namespace of ['theirs', 'ours'])
          bed.sim.injectFault({
            ...refusal.request(namespace, serverSide),
            status: 403,
          });
        const helmSucceeded = await bed.helm
          .run('rollback', 'app', String(refusal.to), '--namespace', 'theirs')
          .then(
            () => true,
            () => false,
          );
        expect(helmSucceeded).toBe(refusal.succeeds(major));
        const res = await bed.backend.http
          .post('/api/helm-releases/api/releases/app/rollback')
          .set(user)
          .send({ namespace: 'ours', revision: refusal.to });
        expect(res.status).toBe(refusal.succeeds(major) ? 200 : 403);
        const history = async (namespace: string) =>
          (
            (await bed.helm.json(
              'history',
              'app',
              '--namespace',
              namespace,
            )) as any[]
          ).map(r => [r.revision, r.status, r.description]);
        expect(await history('ours')).toEqual(await history('theirs'));
      });
    });
  },
);
