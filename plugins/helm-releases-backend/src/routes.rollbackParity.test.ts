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

const CHART = {
  'Chart.yaml': 'apiVersion: v2\nname: twin\nversion: 0.3.0\n',
  'values.yaml': 'greeting: hello\nreplicas: 1\nservice: false\n',
  'templates/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  greeting: {{ .Values.greeting | quote }}\n',
  'templates/web.yaml': WEB_DEPLOYMENT_TEMPLATE,
  'templates/service.yaml': '{{- if .Values.service }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n{{- end }}\n',
  'templates/NOTES.txt': 'Say {{ .Values.greeting }}.\n',
};

/** A stored revision without what differs between any two writes: times and the namespace. */
function comparable(release: any) {
  const { first_deployed: _first, last_deployed: _last, ...info } = release.info;
  const { namespace: _namespace, ...rest } = release;
  return { ...rest, info };
}

describe.each([3, 4] as const)('rollback beside the real helm %s', major => {
  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    const bed = helmTestbed({
      major,
      knex: () => databases.init(databaseId),
      prepare: async cli => {
        const chart = cli.chart(CHART);
        for (const namespace of ['theirs', 'ours']) {
          await cli.run('install', 'app', chart, '--namespace', namespace, '--create-namespace');
          await cli.run('upgrade', 'app', chart, '--namespace', namespace, '--set', 'greeting=bye,replicas=3,service=true');
        }
      },
    });

    beforeAll(async () => {
      await bed.helm.run('rollback', 'app', '1', '--namespace', 'theirs');
      const res = await bed.backend.http.post('/api/helm-releases/api/releases/app/rollback').set(user).send({ namespace: 'ours', revision: 1 });
      if (res.status !== 200) throw new Error(`the plugin's rollback answered ${res.status}: ${JSON.stringify(res.body)}`);
    });

    const history = async (namespace: string) =>
      ((await bed.helm.json('history', 'app', '--namespace', namespace)) as any[]).map(({ updated: _updated, ...revision }) => revision);
    const revision = async (namespace: string, version: number) =>
      (await bed.backend.http.get(`/api/helm-releases/api/releases/app/${version}?namespace=${namespace}`).set(user)).body;
    const live = (namespace: string) =>
      bed.sim.types.all().filter(type => type.namespaced).flatMap(type =>
        bed.sim.store.list(type, namespace).items.map(({ object }: any) => ({
          kind: object.kind, name: object.metadata.name, labels: object.metadata.labels, data: object.data, spec: object.spec,
        })),
      ).filter(object => !(object.kind === 'Secret' && object.name.startsWith('sh.helm.release.')) && object.kind !== 'ReplicaSet' && object.kind !== 'Pod');

    it('leaves the same history, as helm reads it', async () => {
      expect(await history('ours')).toEqual(await history('theirs'));
      expect((await history('ours')).map(r => [r.revision, r.status, r.description])).toEqual([
        [1, 'superseded', 'Install complete'], [2, 'superseded', 'Upgrade complete'], [3, 'deployed', 'Rollback to 1'],
      ]);
    });

    it('writes the same revision record', async () => {
      expect(comparable(await revision('ours', 3))).toEqual(comparable(await revision('theirs', 3)));
      expect(comparable(await revision('ours', 2))).toEqual(comparable(await revision('theirs', 2)));
      const labels = (namespace: string) => {
        const { createdAt: _c, modifiedAt: _m, ...rest } = bed.sim.store.get(bed.sim.types.find('v1', 'secrets')!, namespace, 'sh.helm.release.v1.app.v3').metadata.labels;
        return rest;
      };
      expect(labels('ours')).toEqual(labels('theirs'));
    });

    it('leaves the same live objects: the upgrade\'s Service deleted, the rest restored', async () => {
      expect(live('ours')).toEqual(live('theirs'));
      expect(live('ours').map(o => `${o.kind}/${o.name}`).sort()).toEqual(['ConfigMap/app-config', 'Deployment/app-web']);
      expect(live('ours').find(o => o.kind === 'ConfigMap')?.data).toEqual({ greeting: 'hello' });
    });

    it("lets helm carry on from the plugin's records", async () => {
      await bed.helm.run('upgrade', 'app', bed.helm.chart(CHART), '--namespace', 'ours', '--set', 'greeting=again');
      expect((await history('ours')).map(r => [r.revision, r.status])).toEqual([[1, 'superseded'], [2, 'superseded'], [3, 'superseded'], [4, 'deployed']]);
      expect(live('ours').find(o => o.kind === 'ConfigMap')?.data).toEqual({ greeting: 'again' });
    });
  });
});
