import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  describeWithFixtures,
  fixturePath,
  sharedFixturesDir,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import {
  helmConfigMap,
  helmSecret,
  makeRelease,
  undecodableSecret,
} from './__testUtils__/helmRecords';
import { helmReleasesPlugin } from './plugin';
import { encodeRelease } from './release/releaseCodec';

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

describe.each(databases.eachSupportedId())(
  'reading Helm releases on %s',
  databaseId => {
    const sim = new KubernetesSimulator();
    let backend: PluginBackend;
    let denied: PluginBackend;

    beforeAll(async () => {
      await sim.start();
      // Three releases in "shop": web (3 revisions, latest failed, a chart with files), api (2),
      // cron (1, pending-install). Last deployed: api, then web, then cron (not their name order).
      const web3 = makeRelease('web', 3, {
        namespace: 'shop',
        status: 'failed',
        info: {
          status: 'failed',
          description: 'Upgrade "web" failed',
          last_deployed: '2026-01-01T00:03:00Z',
        },
      });
      web3.chart!.files = [
        { name: 'README.md', data: Buffer.from('# web').toString('base64') },
      ];
      sim.seed(
        [
          makeRelease('web', 1, { namespace: 'shop', status: 'superseded' }),
          makeRelease('web', 2, { namespace: 'shop', status: 'deployed' }),
          web3,
          makeRelease('api', 1, { namespace: 'shop', status: 'superseded' }),
          makeRelease('api', 2, {
            namespace: 'shop',
            status: 'deployed',
            info: { status: 'deployed', last_deployed: '2025-06-01T00:00:00Z' },
          }),
          makeRelease('cron', 1, {
            namespace: 'shop',
            status: 'pending-install',
            info: {
              status: 'pending-install',
              last_deployed: '2026-03-01T00:00:00Z',
            },
          }),
          makeRelease('db', 1, { namespace: 'data', status: 'deployed' }),
        ].map(helmSecret),
      );
      sim.seed(
        [
          makeRelease('cm-only', 1, { namespace: 'legacy' }),
          makeRelease('cm-only', 2, { namespace: 'legacy', status: 'failed' }),
        ].map(helmConfigMap),
      );
      // A record that is labelled like Helm's but holds garbage.
      sim.seed([undecodableSecret('broken', 'broken', 1)]);
      // A release whose manifest holds an escape JSON does not allow (\q): its record gunzips and
      // its fields parse, but the manifest cannot be read.
      const corrupt = gunzipSync(
        Buffer.from(
          encodeRelease(
            makeRelease('corrupt', 1, {
              namespace: 'corrupt',
              manifest: 'PLACEHOLDER',
            }),
          ),
          'base64',
        ),
      )
        .toString()
        .replace('PLACEHOLDER', 'bad \\q escape');
      sim.seed([
        {
          ...helmSecret(makeRelease('corrupt', 1, { namespace: 'corrupt' })),
          data: {
            release: Buffer.from(gzipSync(corrupt).toString('base64')).toString(
              'base64',
            ),
          },
        },
      ]);
      if (sharedFixturesDir()) {
        for (const file of [
          'pluto-secret-test.json',
          'pluto-secret-demo2.json',
          'kots-test-chart.v1.helm3lib.yaml',
        ]) {
          const secret = parse(readFileSync(fixturePath('helm', file), 'utf8'));
          delete secret.metadata.resourceVersion;
          delete secret.metadata.uid;
          delete secret.metadata.selfLink;
          sim.seed([secret]);
        }
      }
      const knex = await databases.init(databaseId);
      const config = {
        kubernetes: {
          clusterLocatorMethods: [
            {
              type: 'config',
              clusters: [
                sim.clusterConfig('local'),
                sim.clusterConfig('staging'),
              ],
            },
          ],
        },
      };
      backend = await startPluginBackend({
        features: [helmReleasesPlugin],
        knex,
        config,
      });
      denied = await startPluginBackend({
        features: [helmReleasesPlugin],
        knex,
        config,
        permission: 'deny',
      });
    });

    afterAll(async () => {
      await backend.stop();
      await denied.stop();
      await sim.stop();
    });

    const get = (path: string) =>
      backend.http.get(`/api/helm-releases${path}`).set(user);

    it('serves health without credentials', async () => {
      expect(
        (await backend.http.get('/api/helm-releases/health')).body.status,
      ).toBe('healthy');
    });

    it.each([
      '/api/contexts',
      '/api/releases',
      '/api/releases/web/history',
      '/api/releases/web/1',
      '/api/releases/web/diff',
      '/api/releases/web/operations',
      '/api/k8s/namespaces',
    ])(
      'refuses %s without credentials (401) and answers 403 naming helm.release.read when denied',
      async path => {
        expect(
          (await backend.http.get(`/api/helm-releases${path}`)).status,
        ).toBe(401);
        const res = await denied.http
          .get(`/api/helm-releases${path}`)
          .set(user);
        expect(res.status).toBe(403);
        expect(res.body.error.message).toContain('helm.release.read');
      },
    );

    it('lists the configured clusters as contexts, without their credentials', async () => {
      const res = await get('/api/contexts');
      expect(res.body).toEqual([
        {
          name: 'local',
          server: sim.url,
          cluster: 'local',
          user: 'serviceAccount',
          selected: true,
          title: 'local',
        },
        {
          name: 'staging',
          server: sim.url,
          cluster: 'staging',
          user: 'serviceAccount',
          selected: false,
          title: 'staging',
        },
      ]);
      expect(JSON.stringify(res.body)).not.toContain(sim.adminToken);
    });

    it('lists namespaces as the seed shapes them', async () => {
      const res = await get('/api/k8s/namespaces?context=staging');
      expect(res.status).toBe(200);
      expect(res.body.metadata).toBeDefined();
      expect(res.body.items).toEqual(
        expect.arrayContaining([
          { metadata: { name: 'shop' } },
          { metadata: { name: 'default' } },
        ]),
      );
    });

    it('answers 400 listing the known clusters for an unknown context', async () => {
      const res = await get('/api/releases?context=prod');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Unknown cluster "prod": known clusters are "local", "staging"',
      );
    });

    it('lists the latest revision of each release in a namespace, by name, with the seed fields', async () => {
      const res = await get('/api/releases?namespace=shop');
      expect(res.status).toBe(200);
      expect(res.headers['x-helm-undecodable']).toBe('0');
      expect(
        res.body.map((r: any) => [r.name, r.version, r.info.status]),
      ).toEqual([
        ['api', 2, 'deployed'],
        ['cron', 1, 'pending-install'],
        ['web', 3, 'failed'],
      ]);
      const web = res.body[2];
      expect(web).toMatchObject({
        namespace: 'shop',
        config: { revision: 3 },
        chart: {
          metadata: { name: 'demo', version: '1.0.3' },
          values: { replicas: 1 },
        },
      });
      expect(web.manifest).toContain('name: web-config');
      expect(web.chart.templates).toHaveLength(1);
      expect(web.chart.files).toEqual([
        { name: 'README.md', data: Buffer.from('# web').toString('base64') },
      ]);
    });

    it('sorts by last_deployed with byDate, and pages with limit and skip', async () => {
      const byDate = await get('/api/releases?namespace=shop&byDate=true');
      expect(byDate.body.map((r: any) => r.name)).toEqual([
        'api',
        'web',
        'cron',
      ]);
      const page = await get('/api/releases?namespace=shop&limit=1&skip=1');
      expect(page.body.map((r: any) => r.name)).toEqual(['cron']);
      const datedPage = await get(
        '/api/releases?namespace=shop&byDate=true&limit=1&skip=1',
      );
      expect(datedPage.body.map((r: any) => r.name)).toEqual(['web']);
      // Porter parses booleans with Go's strconv.ParseBool: its words mean the same here
      expect(
        (await get('/api/releases?namespace=shop&byDate=T')).body.map(
          (r: any) => r.name,
        ),
      ).toEqual(['api', 'web', 'cron']);
      expect(
        (await get('/api/releases?namespace=shop&byDate=False')).body.map(
          (r: any) => r.name,
        ),
      ).toEqual(['api', 'cron', 'web']);
    });

    it('filters statuses given repeated or as a comma list', async () => {
      const repeated = await get(
        '/api/releases?namespace=shop&statusFilter=deployed&statusFilter=failed',
      );
      expect(repeated.body.map((r: any) => r.name)).toEqual(['api', 'web']);
      const comma = await get(
        '/api/releases?namespace=shop&statusFilter=pending-install,superseded',
      );
      expect(comma.body.map((r: any) => r.name)).toEqual(['cron']);
    });

    it('takes an empty statusFilter (what a client sends for an empty list) as no filter', async () => {
      const names = async (query: string) => {
        const res = await get(`/api/releases?${query}`);
        expect(res.status).toBe(200);
        return res.body.map((r: any) => `${r.namespace}/${r.name}`);
      };
      const shop = await names('namespace=shop');
      expect(shop).toEqual(['shop/api', 'shop/cron', 'shop/web']);
      for (const empty of [
        'statusFilter=',
        'statusFilter=&statusFilter=',
        'statusFilter=,',
      ])
        expect(await names(`namespace=shop&${empty}`)).toEqual(shop);
      expect(await names('namespace=&statusFilter=')).toEqual(await names(''));
      // An empty item next to a status is left out.
      expect(
        await names('namespace=shop&statusFilter=failed&statusFilter='),
      ).toEqual(['shop/web']);
      expect(await names('namespace=shop&statusFilter=failed,')).toEqual([
        'shop/web',
      ]);
    });

    it('drops templates, files and manifest with summary=true', async () => {
      const res = await get('/api/releases?namespace=shop&summary=true');
      expect(res.body.map((r: any) => r.name)).toEqual(['api', 'cron', 'web']);
      for (const release of res.body) {
        expect(release).not.toHaveProperty('manifest');
        expect(release.chart).not.toHaveProperty('templates');
        expect(release.chart).not.toHaveProperty('files');
        expect(release.chart.metadata.name).toBe('demo');
      }
    });

    it.each([
      ['statusFilter=deployed,bogus', 'query.statusFilter'],
      ['storage=sql', 'query.storage'],
      ['limit=0', 'query.limit'],
      ['limit=abc', 'query.limit'],
      ['skip=-1', 'query.skip'],
      ['byDate=maybe', 'query.byDate'],
      ['namespace=Not_A_Namespace', 'query.namespace'],
    ])('answers 400 naming the field for %s', async (query, field) => {
      const res = await get(`/api/releases?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    });

    it('lists every namespace when none is given, counting undecodable records in X-Helm-Undecodable', async () => {
      const res = await get('/api/releases');
      expect(res.status).toBe(200);
      expect(res.headers['x-helm-undecodable']).toBe('2');
      const names = res.body.map((r: any) => `${r.namespace}/${r.name}`);
      expect(names).toEqual(
        expect.arrayContaining(['shop/web', 'shop/api', 'data/db']),
      );
      expect(names).not.toContain('legacy/cm-only');
      expect(names).not.toContain('broken/broken');
      expect(names).not.toContain('corrupt/corrupt');
    });

    it('leaves out of the list a release whose newest record cannot be decoded, counting it, rather than showing an older revision', async () => {
      sim.seed([
        ...[1, 2].map(v =>
          helmSecret(makeRelease('tail', v, { namespace: 'holes' })),
        ),
        undecodableSecret('tail', 'holes', 3),
        undecodableSecret('head', 'holes', 1),
        ...[2, 3].map(v =>
          helmSecret(makeRelease('head', v, { namespace: 'holes' })),
        ),
      ]);
      const res = await get('/api/releases?namespace=holes');
      expect(res.status).toBe(200);
      expect(res.body.map((r: any) => [r.name, r.version])).toEqual([
        ['head', 3],
      ]);
      expect(res.headers['x-helm-undecodable']).toBe('1');
    });

    it('lists a release whose manifest is unreadable in a summary, and counts it undecodable where its manifest is needed', async () => {
      const summary = await get('/api/releases?namespace=corrupt&summary=true');
      expect(summary.body.map((r: any) => r.name)).toEqual(['corrupt']);
      expect(summary.headers['x-helm-undecodable']).toBe('0');
      const full = await get('/api/releases?namespace=corrupt');
      expect(full.status).toBe(200);
      expect(full.body).toEqual([]);
      expect(full.headers['x-helm-undecodable']).toBe('1');
      const history = await get(
        '/api/releases/corrupt/history?namespace=corrupt',
      );
      expect(history.headers['x-helm-undecodable']).toBe('1');
    });

    it('reads the configmap driver when storage=configmap', async () => {
      const res = await get('/api/releases?namespace=legacy&storage=configmap');
      expect(
        res.body.map((r: any) => [r.name, r.version, r.info.status]),
      ).toEqual([['cm-only', 2, 'failed']]);
      expect((await get('/api/releases?namespace=legacy')).body).toEqual([]);
    });

    it('starts empty with storage=memory', async () => {
      const res = await get('/api/releases?storage=memory');
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    });

    it('returns the history oldest first', async () => {
      const res = await get('/api/releases/web/history?namespace=shop');
      expect(res.body.map((r: any) => [r.version, r.info.status])).toEqual([
        [1, 'superseded'],
        [2, 'deployed'],
        [3, 'failed'],
      ]);
    });

    it('answers 404 for the history of an unknown release, 400 for a bad name', async () => {
      expect(
        (await get('/api/releases/nope/history?namespace=shop')).status,
      ).toBe(404);
      const bad = await get('/api/releases/Bad_Name/history');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('params.name');
    });

    it('returns one revision, and the latest deployed one for revision 0', async () => {
      expect(
        (await get('/api/releases/web/3?namespace=shop')).body.info.status,
      ).toBe('failed');
      const latestDeployed = await get('/api/releases/web/0?namespace=shop');
      expect(latestDeployed.body.version).toBe(2);
      expect((await get('/api/releases/cron/0?namespace=shop')).status).toBe(
        404,
      );
      expect((await get('/api/releases/web/9?namespace=shop')).status).toBe(
        404,
      );
      expect((await get('/api/releases/web/-1?namespace=shop')).status).toBe(
        400,
      );
    });

    it('still answers, with the count, for a release whose only record is undecodable', async () => {
      const res = await get('/api/releases/broken/history?namespace=broken');
      expect(res.status).toBe(200);
      expect(res.headers['x-helm-undecodable']).toBe('1');
      expect(res.body).toEqual([]);
    });

    it('diffs two revisions per resource, with values and notes', async () => {
      const res = await get(
        '/api/releases/web/diff?namespace=shop&from=1&to=3',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'web',
        from: 1,
        to: 3,
        values: { changed: true },
        notes: { changed: true },
      });
      expect(res.body.resources).toEqual([
        expect.objectContaining({
          change: 'changed',
          kind: 'ConfigMap',
          name: 'web-config',
          namespace: 'shop',
        }),
      ]);
      expect(res.body.resources[0].diff).toContain('-  revision: "1"');
      expect(res.body.resources[0].diff).toContain('+  revision: "3"');
      expect(res.body.values.diff).toContain('+revision: 3');
      const defaults = await get('/api/releases/web/diff?namespace=shop');
      expect([defaults.body.from, defaults.body.to]).toEqual([2, 3]);
      expect(
        (await get('/api/releases/web/diff?namespace=shop&from=7')).status,
      ).toBe(404);
    });

    it('compares a lone to with the revision before it, and a lone from with the latest', async () => {
      const only = async (query: string) => {
        const res = await get(`/api/releases/web/diff?namespace=shop&${query}`);
        expect(res.status).toBe(200);
        return [res.body.from, res.body.to];
      };
      expect(await only('to=2')).toEqual([1, 2]);
      expect(await only('to=3')).toEqual([2, 3]);
      expect(await only('from=1')).toEqual([1, 3]);
      expect(await only('from=2')).toEqual([2, 3]);
      // Both given: exactly those, in either order, even the same one twice.
      expect(await only('from=3&to=1')).toEqual([3, 1]);
      expect(await only('from=2&to=2')).toEqual([2, 2]);
    });

    it('answers 400 naming to, not an empty diff of a revision with itself, for a lone to with no revision before it', async () => {
      const first = await get('/api/releases/web/diff?namespace=shop&to=1');
      expect(first.status).toBe(400);
      expect(first.body.error.message).toContain('query.to');
      expect(first.body.error.message).toContain('give from as well');
      // The oldest revision kept (the earlier ones pruned) has none either.
      sim.seed(
        [5, 6].map(v =>
          helmSecret(makeRelease('pruned', v, { namespace: 'diffs' })),
        ),
      );
      const oldest = await get(
        '/api/releases/pruned/diff?namespace=diffs&to=5',
      );
      expect(oldest.status).toBe(400);
      expect(oldest.body.error.message).toContain('query.to');
      expect(oldest.body.error.message).toContain('(revisions: 5, 6)');
      const next = await get('/api/releases/pruned/diff?namespace=diffs&to=6');
      expect([next.body.from, next.body.to]).toEqual([5, 6]);
      // A single-revision release has nothing before its latest: 404, as rollback says.
      const single = await get('/api/releases/cron/diff?namespace=shop');
      expect(single.status).toBe(404);
      expect(single.body.error.message).toContain(
        'no revision before its latest, 1',
      );
      expect(
        (await get('/api/releases/cron/diff?namespace=shop&from=1&to=1'))
          .status,
      ).toBe(200);
    });

    it('answers 409 naming the record, not 500, for the default diff of a release none of whose records can be decoded', async () => {
      const res = await get('/api/releases/broken/diff?namespace=broken');
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('sh.helm.release.v1.broken.v1');
      expect(res.body.error.message).toContain('latest revision is unknown');
    });

    it('counts undecodable records of a diffed release in X-Helm-Undecodable, and refuses the default diff when the newest is one', async () => {
      sim.seed([
        undecodableSecret('holey', 'diffs', 1),
        ...[2, 3].map(v =>
          helmSecret(makeRelease('holey', v, { namespace: 'diffs' })),
        ),
      ]);
      const holey = await get('/api/releases/holey/diff?namespace=diffs');
      expect(holey.status).toBe(200);
      expect([holey.body.from, holey.body.to]).toEqual([2, 3]);
      expect(holey.headers['x-helm-undecodable']).toBe('1');
      expect(
        (await get('/api/releases/web/diff?namespace=shop')).headers[
          'x-helm-undecodable'
        ],
      ).toBe('0');

      sim.seed([
        ...[1, 2].map(v =>
          helmSecret(makeRelease('torn', v, { namespace: 'diffs' })),
        ),
        undecodableSecret('torn', 'diffs', 3),
      ]);
      const latest = await get('/api/releases/torn/diff?namespace=diffs');
      expect(latest.status).toBe(409);
      expect(latest.body.error.message).toContain('sh.helm.release.v1.torn.v3');
      const explicit = await get(
        '/api/releases/torn/diff?namespace=diffs&from=1&to=2',
      );
      expect(explicit.status).toBe(200);
      expect(explicit.headers['x-helm-undecodable']).toBe('1');
    });

    it('answers 409, not 404, for a revision whose record cannot be decoded, and will not diff across it by default', async () => {
      sim.seed([
        helmSecret(makeRelease('gap', 1, { namespace: 'gaps' })),
        undecodableSecret('gap', 'gaps', 2),
        helmSecret(makeRelease('gap', 3, { namespace: 'gaps' })),
      ]);
      const revision = await get('/api/releases/gap/2?namespace=gaps');
      expect(revision.status).toBe(409);
      expect(revision.body.error.message).toContain(
        'sh.helm.release.v1.gap.v2',
      );
      expect((await get('/api/releases/gap/4?namespace=gaps')).status).toBe(
        404,
      );
      expect(
        (await get('/api/releases/gap/3?namespace=gaps')).body.version,
      ).toBe(3);

      const byDefault = await get('/api/releases/gap/diff?namespace=gaps');
      expect(byDefault.status).toBe(409);
      expect(byDefault.body.error.message).toContain(
        'revision before 3 cannot be read',
      );
      expect(
        (await get('/api/releases/gap/diff?namespace=gaps&to=2')).status,
      ).toBe(409);
      const explicit = await get(
        '/api/releases/gap/diff?namespace=gaps&from=1&to=3',
      );
      expect([explicit.status, explicit.body.from, explicit.body.to]).toEqual([
        200, 1, 3,
      ]);
    });

    it('answers 422, not 500, when a stored manifest is not valid YAML', async () => {
      sim.seed([
        helmSecret(
          makeRelease('yamlbad', 1, {
            namespace: 'diffs',
            manifest: 'kind: [unclosed',
          }),
        ),
        helmSecret(makeRelease('yamlbad', 2, { namespace: 'diffs' })),
      ]);
      const res = await get('/api/releases/yamlbad/diff?namespace=diffs');
      expect(res.status).toBe(422);
      expect(res.body.error.message).toContain('not valid YAML');
    });

    it('reports added and removed objects in a diff', async () => {
      const one = makeRelease('shape', 1, {
        namespace: 'diffs',
        status: 'superseded',
      });
      const two = makeRelease('shape', 2, {
        namespace: 'diffs',
        manifest: one.manifest!.replace('shape-config', 'shape-settings'),
      });
      sim.seed([helmSecret(one), helmSecret(two)]);
      const res = await get('/api/releases/shape/diff?namespace=diffs');
      expect(res.body.resources.map((r: any) => [r.change, r.name])).toEqual([
        ['removed', 'shape-config'],
        ['added', 'shape-settings'],
      ]);
      expect(res.body.notes.diff).toContain('+notes of shape v2');
    });

    describeWithFixtures()('with ../shared/fixtures/helm', () => {
      it('serves real Helm 3 records from ../shared/fixtures/helm as Helm decodes them', async () => {
        const expected = JSON.parse(
          readFileSync(
            fixturePath('helm', 'pluto-secret-demo2.decoded.json'),
            'utf8',
          ),
        );
        const res = await get('/api/releases/demo2/1?namespace=demo2');
        expect(res.body).toEqual(expected);
        const kots = await get('/api/releases?namespace=helmns');
        expect(
          kots.body.map((r: any) => [r.name, r.version, r.info.status]),
        ).toEqual([['test-chart', 1, 'deployed']]);
        expect(kots.body[0].hooks.length).toBeGreaterThan(0);
      });
    });

    it('pages through more storage objects than one list call returns (limit/continue)', async () => {
      const revisions = Array.from({ length: 260 }, (_, i) =>
        makeRelease('many', i + 1, {
          namespace: 'paged',
          status: i === 259 ? 'deployed' : 'superseded',
          manifest: '',
        }),
      );
      sim.seed(revisions.map(helmSecret));
      const res = await get('/api/releases?namespace=paged');
      expect(
        res.body.map((r: any) => [r.name, r.version, r.info.status]),
      ).toEqual([['many', 260, 'deployed']]);
      expect(
        (await get('/api/releases/many/history?namespace=paged')).body,
      ).toHaveLength(260);
    });

    it('reads only the namespaces a namespace-scoped cluster token allows', async () => {
      const scoped = new KubernetesSimulator({
        tokens: [{ token: 'shop-only', namespaces: ['shop'] }],
      });
      await scoped.start();
      try {
        scoped.seed(
          [
            makeRelease('web', 1, { namespace: 'shop' }),
            makeRelease('db', 1, { namespace: 'data' }),
          ].map(helmSecret),
        );
        const b = await startPluginBackend({
          features: [helmReleasesPlugin],
          knex: await databases.init(databaseId),
          config: {
            kubernetes: {
              clusterLocatorMethods: [
                {
                  type: 'config',
                  clusters: [scoped.clusterConfig('scoped', 'shop-only')],
                },
              ],
            },
          },
        });
        try {
          const inShop = await b.http
            .get('/api/helm-releases/api/releases?namespace=shop')
            .set(user);
          expect(inShop.body.map((r: any) => r.name)).toEqual(['web']);
          const all = await b.http
            .get('/api/helm-releases/api/releases')
            .set(user);
          expect(all.status).toBe(403);
          expect(all.body.error.message).toContain('pass namespace=<name>');
          expect(
            (
              await b.http
                .get('/api/helm-releases/api/releases?namespace=data')
                .set(user)
            ).status,
          ).toBe(403);
        } finally {
          await b.stop();
        }
      } finally {
        await scoped.stop();
      }
    });

    it('maps an unreachable cluster to 503', async () => {
      sim.injectFault({
        path: '/api/v1/namespaces/shop/secrets',
        drop: true,
        times: 1,
      });
      const res = await get('/api/releases?namespace=shop');
      expect(res.status).toBe(503);
      expect(res.body.error.message).toContain('could not be reached');
    });

    it('maps a cluster error to 502 without leaking the token', async () => {
      // The history's list itself: a record GET still in flight from the previous test's page
      // must not take the fault.
      sim.injectFault({
        path: /^\/api\/v1\/namespaces\/shop\/secrets$/,
        status: 500,
        times: 1,
      });
      const res = await get('/api/releases/web/history?namespace=shop');
      expect(res.status).toBe(502);
      expect(JSON.stringify(res.body)).not.toContain(sim.adminToken);
    });
  },
);
