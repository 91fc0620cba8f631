import { authHeaders, createTestDatabases } from '@fawkes/test-kit';
import { helmTestbed, WEB_DEPLOYMENT_TEMPLATE } from './__testUtils__/realHelm';

/*
 * The release list beside `helm list --all-namespaces` (every state) over releases the real helm
 * left in each state it leaves them: deployed after an upgrade, failed, uninstalled with its
 * history kept.
 */

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

const CHART = {
  'Chart.yaml':
    'apiVersion: v2\nname: lister\nversion: 3.1.0\nappVersion: "9.9"\n',
  'values.yaml': 'replicas: 1\n',
  'templates/config.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-config\ndata:\n  revision: {{ .Release.Revision | quote }}\n',
  'templates/web.yaml': WEB_DEPLOYMENT_TEMPLATE,
};

// Every state: helm 4 has no --all, and helm 3's --all is the same as all of these.
const STATE_FLAGS = [
  '--deployed',
  '--failed',
  '--uninstalled',
  '--superseded',
  '--pending',
  '--uninstalling',
];

describe.each([3, 4] as const)(
  'the release list beside the real helm %s',
  major => {
    describe.each(databases.eachSupportedId())('on %s', databaseId => {
      const bed = helmTestbed({
        major,
        knex: () => databases.init(databaseId),
        prepare: async cli => {
          const chart = cli.chart(CHART);
          await cli.run(
            'install',
            'zeta',
            chart,
            '--namespace',
            'team-a',
            '--create-namespace',
          );
          await cli.run('upgrade', 'zeta', chart, '--namespace', 'team-a');
          await cli.run(
            'install',
            'alpha',
            chart,
            '--namespace',
            'team-b',
            '--create-namespace',
          );
          await cli.run('install', 'gone', chart, '--namespace', 'team-b');
          await cli.run(
            'uninstall',
            'gone',
            '--namespace',
            'team-b',
            '--keep-history',
          );
          await cli.run('install', 'broken', chart, '--namespace', 'team-a');
        },
      });

      beforeAll(async () => {
        // An upgrade the cluster refuses leaves a failed revision, as a real failed rollout does.
        const refuse = bed.sim.injectFault({
          path: '/api/v1/namespaces/team-a/configmaps/broken-config',
          method: 'PATCH',
          status: 403,
        });
        await bed.helm
          .run(
            'upgrade',
            'broken',
            bed.helm.chart(CHART),
            '--namespace',
            'team-a',
          )
          .catch(() => undefined);
        refuse();
      });

      /** What both lists say about each release; every state unless state flags are given. */
      const fromHelm = async (...flags: string[]) =>
        (
          (await bed.helm.json(
            'list',
            '--all-namespaces',
            ...(flags.some(f => STATE_FLAGS.includes(f))
              ? flags
              : [...STATE_FLAGS, ...flags]),
          )) as any[]
        ).map(r => ({
          name: r.name,
          namespace: r.namespace,
          revision: Number(r.revision),
          status: r.status,
          chart: r.chart,
          appVersion: r.app_version,
        }));
      const fromPlugin = async (query: string) => {
        const res = await bed.backend.http
          .get(`/api/helm-releases/api/releases?summary=true${query}`)
          .set(user);
        expect(res.status).toBe(200);
        return (res.body as any[]).map(r => ({
          name: r.name,
          namespace: r.namespace,
          revision: r.version,
          status: r.info.status,
          chart: `${r.chart.metadata.name}-${r.chart.metadata.version}`,
          appVersion: r.chart.metadata.appVersion,
        }));
      };

      it('lists the same releases, revisions and states, by name', async () => {
        const helm = await fromHelm();
        expect(helm.map(r => [r.name, r.status])).toEqual([
          ['alpha', 'deployed'],
          ['broken', 'failed'],
          ['gone', 'uninstalled'],
          ['zeta', 'deployed'],
        ]);
        expect(await fromPlugin('')).toEqual(helm);
      });

      // helm sorts by whole seconds (LastDeployed.Unix()) with an unstable sort, so releases of the
      // same second come in any order; the plugin sorts by the full time.
      it('sorts by date as helm list --date does, to the second', async () => {
        const seconds = (time: string) => Math.floor(Date.parse(time) / 1000);
        const helm = (await bed.helm.json(
          'list',
          '--all-namespaces',
          ...STATE_FLAGS,
          '--date',
        )) as any[];
        const helmSeconds = helm.map(r =>
          seconds(r.updated.replace(/^(\S+) (\S+) \+0000 UTC$/, '$1T$2Z')),
        );
        const plugin = (
          await bed.backend.http
            .get('/api/helm-releases/api/releases?summary=true&byDate=true')
            .set(user)
        ).body as any[];
        const times = plugin.map(r => r.info.last_deployed as string);
        expect(
          [...times].sort((a, b) => Date.parse(a) - Date.parse(b)),
        ).toEqual(times);
        expect(times.map(seconds)).toEqual(helmSeconds);
        expect(plugin.map(r => r.name).sort()).toEqual(
          helm.map(r => r.name).sort(),
        );
      });

      it('filters statuses as helm list --deployed, --failed and --uninstalled do', async () => {
        expect(await fromPlugin('&statusFilter=deployed')).toEqual(
          await fromHelm('--deployed'),
        );
        expect(await fromPlugin('&statusFilter=failed,uninstalled')).toEqual(
          await fromHelm('--failed', '--uninstalled'),
        );
        expect(await fromPlugin('&namespace=team-a')).toEqual(
          (await fromHelm()).filter(r => r.namespace === 'team-a'),
        );
      });

      it('pages as helm list --max and --offset do', async () => {
        expect(await fromPlugin('&limit=2&skip=1')).toEqual(
          await fromHelm('--max', '2', '--offset', '1'),
        );
      });
    });
  },
);
