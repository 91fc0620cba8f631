import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  FAIL_START_ANNOTATION,
  KubernetesSimulator,
} from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import * as k8s from '@kubernetes/client-node';
import type { Knex } from 'knex';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { cheLauncherPlugin } from './plugin';
import { eventually } from './__testUtils__/eventually';
import { HttpsTestServer } from './__testUtils__/httpsTestServer';

const databases = createTestDatabases();
const BASE = '/api/che-launcher';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const dw = {
  group: 'workspace.devfile.io',
  version: 'v1alpha2',
  plural: 'devworkspaces',
};
const dwt = { ...dw, plural: 'devworkspacetemplates' };
const mergePatch = k8s.setHeaderOptions(
  'Content-Type',
  k8s.PatchStrategy.MergePatch,
);

function entity(name: string, annotations: Record<string, string>) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: {},
  };
}

describe.each(databases.eachSupportedId())(
  'che-launcher plugin on %s',
  databaseId => {
    // Stopping takes the operator longer than the plugin's own steps, so a start that did not wait for it would show.
    const sim = new KubernetesSimulator({
      devWorkspace: { startDelayMs: 20, stopDelayMs: 200 },
    });
    const devfiles = new HttpsTestServer();
    let backend: PluginBackend;
    let knex: Knex;
    let kc: k8s.KubeConfig;
    let customObjects: k8s.CustomObjectsApi;
    let core: k8s.CoreV1Api;

    const as = (user: string) => authHeaders.user(`user:default/${user}`);
    const create = (user: string, body: object) =>
      backend.http.post(`${BASE}/workspaces`).set(as(user)).send(body);
    const get = (user: string, id: string) =>
      backend.http.get(`${BASE}/workspaces/${id}`).set(as(user));
    /** A DevWorkspace made outside the plugin (kubectl, Che's dashboard, OpenShift's web terminal). */
    const createElsewhere = (
      namespace: string,
      metadata: object,
      spec: object = { started: false, template: {} },
    ) =>
      customObjects.createNamespacedCustomObject({
        ...dw,
        namespace,
        body: {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          metadata,
          spec,
        },
      });
    /** A second backend on the same database and cluster, with its own cheLauncher config. */
    const startReplica = (cheLauncher: object) =>
      startPluginBackend({
        features: [
          cheLauncherPlugin,
          catalogServiceMock.factory({ entities: [] }),
        ],
        knex,
        permission: 'allow',
        config: {
          kubernetes: {
            clusterLocatorMethods: [
              { type: 'config', clusters: [sim.clusterConfig('local')] },
            ],
          },
          cheLauncher,
        },
      });
    const until = async (user: string, id: string, status: string) =>
      (
        await eventually(
          () => get(user, id),
          res => res.body.status === status,
          `workspace ${id} becoming ${status}`,
        )
      ).body;

    beforeAll(async () => {
      await Promise.all([sim.start(), devfiles.start()]);
      devfiles.routes.set('/nodejs.yaml', {
        body: readFileSync(
          fixturePath('devfiles', 'registry-nodejs-2.2.1.devfile.yaml'),
        ),
      });
      devfiles.routes.set('/go.yaml', {
        body: readFileSync(
          fixturePath('devfiles', 'registry-go-2.6.0.devfile.yaml'),
        ),
      });
      devfiles.routes.set('/anonymous.yaml', {
        body: 'schemaVersion: 2.2.0\ncomponents:\n  - name: dev\n    container:\n      image: quay.io/devfile/universal-developer-image:latest\n',
      });
      devfiles.routes.set('/generated.yaml', {
        body: 'schemaVersion: 2.1.0\nmetadata:\n  generateName: My_Project.\n',
      });
      devfiles.routes.set('/v1.yaml', {
        body: 'apiVersion: 1.0.0\nmetadata:\n  name: old\n',
      });
      devfiles.routes.set('/invalid.yaml', {
        body: 'schemaVersion: 2.2.2\ncomponents:\n  - name: dev\n    container: {}\n',
      });
      devfiles.routes.set('/child.yaml', {
        body: 'schemaVersion: 2.2.0\nmetadata:\n  name: child\nparent:\n  id: nodejs\n  registryUrl: https://registry.devfile.io\n',
      });
      devfiles.routes.set('/ephemeral.yaml', {
        body: 'schemaVersion: 2.2.0\nmetadata:\n  name: scratch\nattributes:\n  controller.devfile.io/storage-type: ephemeral\ncomponents:\n  - name: dev\n    container:\n      image: quay.io/devfile/universal-developer-image:latest\n',
      });
      devfiles.routes.set('/proto.yaml', {
        body: 'schemaVersion: 2.2.0\nmetadata:\n  name: proto\n  attributes:\n    __proto__:\n      polluted: yes\n',
      });
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [
          cheLauncherPlugin,
          catalogServiceMock.factory({
            entities: [
              entity('payments', {
                'eclipse.org/che-devfile-url': devfiles.url('/go.yaml'),
              }),
              entity('web', { 'eclipse.org/che-devfile': 'nodejs' }),
              entity('plain', {}),
            ],
          }),
        ],
        knex,
        permission: 'allow',
        config: {
          kubernetes: {
            clusterLocatorMethods: [
              { type: 'config', clusters: [sim.clusterConfig('local')] },
            ],
          },
          cheLauncher: {
            cluster: 'local',
            dashboardUrl: 'https://che.example.com/dashboard/',
            openVsxRegistryUrl: 'https://open-vsx.org',
            devfiles: [
              {
                name: 'nodejs',
                displayName: 'Node.js',
                url: devfiles.url('/nodejs.yaml'),
                tags: ['javascript'],
              },
            ],
            limits: { maxWorkspacesPerUser: 3, maxRunningWorkspacesPerUser: 2 },
            devfileFetch: {
              allowPrivateNetworks: true,
              extraCaCertificates: [devfiles.ca],
            },
            editors: [
              {
                id: 'acme/vim/latest',
                name: 'vim',
                template: {
                  components: [
                    {
                      name: 'vim',
                      container: {
                        image: 'quay.io/acme/vim:latest',
                        endpoints: [
                          {
                            name: 'vim',
                            targetPort: 8080,
                            attributes: { type: 'main' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
            ],
          },
        },
      });
      kc = new k8s.KubeConfig();
      kc.loadFromOptions(sim.kubeConfigOptions());
      customObjects = kc.makeApiClient(k8s.CustomObjectsApi);
      core = kc.makeApiClient(k8s.CoreV1Api);
    });

    afterAll(async () => {
      await backend?.stop();
      await Promise.all([sim.stop(), devfiles.stop()]);
    });

    it('serves health without credentials', async () => {
      expect((await backend.http.get(`${BASE}/health`)).body.status).toBe(
        'healthy',
      );
    });

    it('answers a method a route does not have with 405 and Allow, not 404', async () => {
      const cases: Array<[string, string, string]> = [
        ['put', '/workspaces', 'GET, HEAD, POST'],
        ['patch', '/workspaces/some-id', 'GET, HEAD, DELETE'],
        ['get', '/workspaces/some-id/start', 'POST'],
        ['delete', '/devfiles', 'GET, HEAD'],
      ];
      for (const [method, path, allow] of cases) {
        const res = await (backend.http as any)
          [method](`${BASE}${path}`)
          .set(as('jane'));
        expect({ path, status: res.status, allow: res.headers.allow }).toEqual({
          path,
          status: 405,
          allow,
        });
        expect(res.body.error.message).toBe(
          `${method.toUpperCase()} is not a method of ${path.replace('some-id', '{id}')}: use ${allow}`,
        );
      }
      const options = await backend.http
        .options(`${BASE}/workspaces`)
        .set(as('jane'));
      expect(options.headers.allow).toBe('GET, HEAD, POST');
      expect(
        (await backend.http.get(`${BASE}/nowhere`).set(as('jane'))).status,
      ).toBe(404);
      // Without credentials a wrong method learns nothing of the routes.
      expect((await backend.http.put(`${BASE}/workspaces`)).status).toBe(401);
    });

    it('refuses every other route without credentials', async () => {
      const id = '00000000-0000-0000-0000-000000000000';
      const calls = [
        backend.http.get(`${BASE}/devfiles`),
        backend.http.get(`${BASE}/workspaces`),
        backend.http
          .post(`${BASE}/workspaces`)
          .send({ devfileUrl: devfiles.url('/nodejs.yaml') }),
        backend.http.get(`${BASE}/workspaces/${id}`),
        backend.http.post(`${BASE}/workspaces/${id}/start`),
        backend.http.post(`${BASE}/workspaces/${id}/stop`),
        backend.http.delete(`${BASE}/workspaces/${id}`),
      ];
      for (const res of await Promise.all(calls)) expect(res.status).toBe(401);
    });

    it('lists the configured golden-path devfiles with defaults filled in', async () => {
      const res = await backend.http.get(`${BASE}/devfiles`).set(as('jane'));
      expect(res.body).toEqual({
        devfiles: [
          {
            name: 'nodejs',
            displayName: 'Node.js',
            description: '',
            url: devfiles.url('/nodejs.yaml'),
            tags: ['javascript'],
          },
        ],
        total: 1,
      });
    });

    it('creates a workspace the way Che does and runs it', async () => {
      const res = await create('jane', {
        devfileUrl: devfiles.url('/nodejs.yaml'),
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        workspaceId: expect.stringMatching(UUID),
        name: expect.stringMatching(/^nodejs-[a-z0-9]{5}$/),
        namespace: 'jane-che',
        status: 'Starting',
        ideUrl: null,
        devfile: { name: 'nodejs', version: '2.2.1' },
        createdAt: expect.stringMatching(ISO),
        lastUsed: expect.stringMatching(ISO),
        entityRef: null,
      });
      const { name, workspaceId } = res.body;

      const object: any = await customObjects.getNamespacedCustomObject({
        ...dw,
        namespace: 'jane-che',
        name,
      });
      expect(object.metadata.uid).toBe(workspaceId);
      expect(object.spec).toMatchObject({
        started: true,
        routingClass: 'che',
        contributions: [
          { name: 'editor', kubernetes: { name: `che-code-${name}` } },
        ],
      });
      expect(object.spec.template.starterProjects[0].name).toBe(
        'nodejs-starter',
      );
      expect(object.metadata.annotations).toMatchObject({
        'che.eclipse.org/che-editor': 'che-incubator/che-code/latest',
        'che.eclipse.org/last-updated-timestamp': expect.stringMatching(ISO),
        'che-launcher.backstage.io/created-by': 'user:default/jane',
      });
      expect(
        parseYaml(
          object.metadata.annotations['che.eclipse.org/devfile-source'],
        ),
      ).toEqual({ url: { location: devfiles.url('/nodejs.yaml') } });
      // The devfile as fetched, which Che's dashboard shows on the workspace's Devfile tab.
      expect(object.metadata.annotations['che.eclipse.org/devfile']).toBe(
        readFileSync(
          fixturePath('devfiles', 'registry-nodejs-2.2.1.devfile.yaml'),
          'utf8',
        ),
      );
      // Che's default storage strategy, as the dashboard sets it from the CheCluster.
      expect(
        object.spec.template.attributes['controller.devfile.io/storage-type'],
      ).toBe('per-user');

      const template: any = await customObjects.getNamespacedCustomObject({
        ...dwt,
        namespace: 'jane-che',
        name: `che-code-${name}`,
      });
      // Exactly Che's reference: blockOwnerDeletion would need update on devworkspaces/finalizers where owner references are enforced.
      expect(template.metadata.ownerReferences).toEqual([
        {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          name,
          uid: workspaceId,
        },
      ]);
      // Che Code as che-operator defines it: started after the dev container starts, which keeps its own command.
      const runtime = template.spec.components.find(
        (c: any) => c.name === 'che-code-runtime-description',
      );
      expect(runtime.container.command).toBeUndefined();
      expect(runtime.container.endpoints.map((e: any) => e.name)).toEqual([
        'che-code',
        'code-redirect-1',
        'code-redirect-2',
        'code-redirect-3',
      ]);
      // Pinned at a released tag, and the dashboard's variables on each editor container.
      const injector = template.spec.components.find(
        (c: any) => c.name === 'che-code-injector',
      );
      expect(injector.container.image).toMatch(
        /^quay\.io\/che-incubator\/che-code:7\.\d+\.\d+$/,
      );
      for (const container of [injector.container, runtime.container]) {
        expect(container.env).toEqual([
          {
            name: 'CHE_DASHBOARD_URL',
            value: 'https://che.example.com/dashboard/',
          },
          { name: 'OPENVSX_REGISTRY_URL', value: 'https://open-vsx.org' },
        ]);
      }
      expect(template.spec.events).toEqual({
        preStart: ['init-container-command'],
        postStart: ['init-che-code-command'],
      });
      expect(
        template.spec.commands.find(
          (c: any) => c.id === 'init-che-code-command',
        ).exec,
      ).toMatchObject({
        component: 'che-code-runtime-description',
        commandLine: expect.stringContaining('/checode/entrypoint-volume.sh'),
      });

      const namespace = await core.readNamespace({ name: 'jane-che' });
      expect(namespace.metadata?.labels).toMatchObject({
        'app.kubernetes.io/part-of': 'che.eclipse.org',
        'app.kubernetes.io/component': 'workspaces-namespace',
      });
      expect(namespace.metadata?.annotations).toMatchObject({
        'che.eclipse.org/username': 'jane',
        'che-launcher.backstage.io/owner': 'user:default/jane',
      });

      const running = await until('jane', workspaceId, 'Running');
      expect(running.ideUrl).toBe(
        `https://workspaces.simulator.local/jane-che/${name}/3100/`,
      );
      expect(
        await knex('workspace_launches')
          .where({ workspace_uid: workspaceId })
          .first(),
      ).toMatchObject({
        user_ref: 'user:default/jane',
        cluster: 'local',
        namespace: 'jane-che',
        workspace_name: name,
        devfile_url: devfiles.url('/nodejs.yaml'),
      });
    });

    it('opens a configured editor through its own template', async () => {
      const res = await create('vimmer', {
        devfileUrl: devfiles.url('/anonymous.yaml'),
        name: 'with-vim',
        editor: 'acme/vim/latest',
      });
      expect(res.status).toBe(201);
      const object: any = await customObjects.getNamespacedCustomObject({
        ...dw,
        namespace: 'vimmer-che',
        name: 'with-vim',
      });
      expect(object.metadata.annotations['che.eclipse.org/che-editor']).toBe(
        'acme/vim/latest',
      );
      expect(object.spec.contributions).toEqual([
        { name: 'editor', kubernetes: { name: 'vim-with-vim' } },
      ]);
      const template: any = await customObjects.getNamespacedCustomObject({
        ...dwt,
        namespace: 'vimmer-che',
        name: 'vim-with-vim',
      });
      expect(template.spec.components[0].container.image).toBe(
        'quay.io/acme/vim:latest',
      );
    });

    it('uses the given name and answers 409 when it exists', async () => {
      const body = {
        devfileUrl: devfiles.url('/go.yaml'),
        name: 'my-go',
        namespace: 'named-che',
      };
      expect((await create('named', body)).body).toMatchObject({
        name: 'my-go',
        namespace: 'named-che',
        devfile: { name: 'go', version: '2.6.0' },
      });
      const again = await create('named', body);
      expect(again.status).toBe(409);
      expect(again.body.error.message).toBe(
        "Workspace with name 'my-go' already exists in namespace named-che",
      );
    });

    it('names a workspace without devfile name after its generateName or "workspace", with null devfile fields', async () => {
      const anonymous = await create('anon', {
        devfileUrl: devfiles.url('/anonymous.yaml'),
      });
      expect(anonymous.status).toBe(201);
      expect(anonymous.body.name).toMatch(/^workspace-[a-z0-9]{5}$/);
      expect(anonymous.body.devfile).toEqual({ name: null, version: null });
      const generated = await create('anon', {
        devfileUrl: devfiles.url('/generated.yaml'),
      });
      expect(generated.body.name).toMatch(/^my-project-[a-z0-9]{5}$/);
    });

    it("gives a devfile without components Che's default components, so the editor has a container to join", async () => {
      const res = await create('empty', {
        devfileUrl: devfiles.url('/generated.yaml'),
      });
      expect(res.status).toBe(201);
      const object: any = await customObjects.getNamespacedCustomObject({
        ...dw,
        namespace: 'empty-che',
        name: res.body.name,
      });
      expect(object.spec.template.components).toEqual([
        {
          name: 'universal-developer-image',
          container: {
            image: 'quay.io/devfile/universal-developer-image:ubi9-latest',
          },
        },
      ]);
      // A parent brings its own components and may set the storage type: neither is added.
      const child = await create('empty', {
        devfileUrl: devfiles.url('/child.yaml'),
      });
      const childObject: any = await customObjects.getNamespacedCustomObject({
        ...dw,
        namespace: 'empty-che',
        name: child.body.name,
      });
      expect(childObject.spec.template).toEqual({
        parent: { id: 'nodejs', registryUrl: 'https://registry.devfile.io' },
      });
      // A devfile that names its storage type keeps it.
      const scratch = await create('scratch', {
        devfileUrl: devfiles.url('/ephemeral.yaml'),
      });
      const scratchObject: any = await customObjects.getNamespacedCustomObject({
        ...dw,
        namespace: 'scratch-che',
        name: scratch.body.name,
      });
      expect(
        scratchObject.spec.template.attributes[
          'controller.devfile.io/storage-type'
        ],
      ).toBe('ephemeral');
    });

    it("says why a workspace failed while it is failed, as Che's dashboard does", async () => {
      await core.createNamespace({
        body: { metadata: { name: 'failer-che' } },
      });
      const reason = 'Container dev has state CrashLoopBackOff';
      // The operator stops a workspace that fails to start and leaves it Failed, saying why.
      await createElsewhere(
        'failer-che',
        { name: 'crashing', annotations: { [FAIL_START_ANNOTATION]: reason } },
        { started: true, template: {} },
      );
      expect(await until('failer', 'crashing', 'Failed')).toMatchObject({
        message: reason,
      });
      // Lists read the watch cache, which may see the failure a moment after the cluster does.
      const listed = async () =>
        (
          await backend.http
            .get(`${BASE}/workspaces?status=Failed`)
            .set(as('failer'))
        ).body.workspaces;
      await eventually(listed, l => l.length > 0, 'the failure listed');
      expect(await listed()).toMatchObject([
        { name: 'crashing', message: reason },
      ]);
      // Its cause removed and started again, the old reason no longer describes it.
      await customObjects.patchNamespacedCustomObject(
        {
          ...dw,
          namespace: 'failer-che',
          name: 'crashing',
          body: {
            metadata: { annotations: { [FAIL_START_ANNOTATION]: null } },
          },
        },
        mergePatch,
      );
      const start = await backend.http
        .post(`${BASE}/workspaces/crashing/start`)
        .set(as('failer'));
      expect(start.body.status).toBe('Starting');
      expect(start.body).not.toHaveProperty('message');
      expect(await until('failer', 'crashing', 'Running')).not.toHaveProperty(
        'message',
      );
    });

    it("starts a Failed workspace that is still started again, stopping it first as Che's dashboard restarts one", async () => {
      // At maxRunningWorkspacesPerUser (2) with the failed one, which no longer counts once stopped.
      await create('restarter', { devfileUrl: devfiles.url('/nodejs.yaml') });
      await createElsewhere(
        'restarter-che',
        { name: 'stuck' },
        { started: true, template: {} },
      );
      await until('restarter', 'stuck', 'Running');
      // What the operator writes, leaving spec.started as it is, when it cannot give a workspace its id;
      // it does not look at the workspace again until its spec changes.
      const reason =
        'Failed to set DevWorkspace ID: DevWorkspace ID specified in override already exists in namespace';
      await customObjects.patchNamespacedCustomObjectStatus(
        {
          ...dw,
          namespace: 'restarter-che',
          name: 'stuck',
          body: { status: { phase: 'Failed', message: reason, mainUrl: null } },
        },
        mergePatch,
      );
      expect((await get('restarter', 'stuck')).body).toMatchObject({
        status: 'Failed',
        message: reason,
      });

      // Every state of the workspace, in order, as a watch sees them.
      const seen: string[] = [];
      const watch = await new k8s.Watch(kc).watch(
        '/apis/workspace.devfile.io/v1alpha2/namespaces/restarter-che/devworkspaces',
        { fieldSelector: 'metadata.name=stuck' },
        (_type, o: any) =>
          seen.push(
            `${o.spec.started ? 'start' : 'stop'} ${o.status?.phase} Started=${o.status?.conditions?.find((c: any) => c.type === 'Started')?.status}`,
          ),
        () => {},
      );
      try {
        const start = await backend.http
          .post(`${BASE}/workspaces/stuck/start`)
          .set(as('restarter'));
        expect(start.status).toBe(200);
        expect(start.body).toMatchObject({
          name: 'stuck',
          status: 'Starting',
          ideUrl: null,
        });
        expect(start.body).not.toHaveProperty('message');
        expect(await until('restarter', 'stuck', 'Running')).not.toHaveProperty(
          'message',
        );
      } finally {
        watch.abort();
      }
      // Started again only once the operator had said it was stopped (Failed stays Failed, Started False).
      const stopped = seen.indexOf('stop Failed Started=False');
      expect(stopped).toBeGreaterThan(-1);
      expect(seen.slice(stopped)).toContain('start Starting Started=True');
    });

    it.each([
      [
        'a non-https URL',
        { devfileUrl: 'http://example.com/devfile.yaml' },
        /devfileUrl must use https: got http:\/\/example\.com/,
      ],
      [
        'a malformed URL',
        { devfileUrl: 'not a url' },
        /devfileUrl is not a valid URL/,
      ],
      [
        'a fetch failure',
        { devfileUrl: 'https://127.0.0.1:1/x.yaml' },
        /devfileUrl could not be fetched from 127\.0\.0\.1:1: .*ECONNREFUSED/,
      ],
      ['a missing devfile', { devfileUrl: 'MISSING' }, /answered HTTP 404/],
      [
        'an invalid devfile',
        { devfileUrl: 'INVALID' },
        /invalid against the devfile 2\.2\.2 schema: \/components\/0\/container must have required property 'image' \(schema #\//,
      ],
      ['devfile 1.x', { devfileUrl: 'V1' }, /devfile 1\.x is not supported/],
      [
        'no devfileUrl nor entityRef',
        {},
        /body\.devfileUrl: devfileUrl or entityRef is required/,
      ],
      [
        'a bad name',
        { devfileUrl: 'OK', name: 'My_WS' },
        /name must be a DNS-1123 label/,
      ],
      [
        'an unknown editor',
        { devfileUrl: 'OK', editor: 'acme/vim/1' },
        /editor "acme\/vim\/1" is not known: use one of che-incubator\/che-code\/latest, acme\/vim\/latest/,
      ],
      [
        'another namespace',
        { devfileUrl: 'OK', namespace: 'kube-system' },
        /namespace must be bad-che, the workspaces namespace of user:default\/bad: got kube-system/,
      ],
      ['a wrong type', { devfileUrl: 42 }, /body\.devfileUrl: must be string/],
      [
        'a NUL character in the URL (which PostgreSQL cannot store)',
        { devfileUrl: 'OK_NUL' },
        /devfileUrl must not contain control characters such as NUL or line breaks/,
      ],
      [
        'a bad entityRef',
        { entityRef: 'component:default/' },
        /body\.entityRef: must be an entity ref/,
      ],
    ])(
      'answers 400 for %s',
      async (_, body: Record<string, unknown>, message) => {
        const urls: Record<string, string> = {
          MISSING: devfiles.url('/missing.yaml'),
          INVALID: devfiles.url('/invalid.yaml'),
          V1: devfiles.url('/v1.yaml'),
          OK: devfiles.url('/nodejs.yaml'),
          OK_NUL: `${devfiles.url('/nodejs.yaml')}?ref=\u0000`,
        };
        const devfileUrl =
          typeof body.devfileUrl === 'string'
            ? (urls[body.devfileUrl] ?? body.devfileUrl)
            : body.devfileUrl;
        const res = await create('bad', { ...body, devfileUrl });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      },
    );

    it("answers 502 naming the host when the devfile server fails, and 400 when the devfile is the caller's mistake", async () => {
      devfiles.routes.set('/broken.yaml', { status: 503, body: 'down' });
      const res = await create('upstream', {
        devfileUrl: devfiles.url('/broken.yaml'),
      });
      expect(res.status).toBe(502);
      expect(res.body.error.message).toBe(
        `devfile server ${new URL(devfiles.url('/broken.yaml')).host} failed: ${devfiles.url('/broken.yaml')} answered HTTP 503`,
      );
      devfiles.routes.set('/broken.yaml', { status: 500, body: 'oops' });
      expect(
        (await create('upstream', { devfileUrl: devfiles.url('/broken.yaml') }))
          .status,
      ).toBe(502);
      expect(
        (
          await create('upstream', {
            devfileUrl: devfiles.url('/missing.yaml'),
          })
        ).status,
      ).toBe(400);
    });

    it('answers 400 for a malformed JSON body', async () => {
      const res = await backend.http
        .post(`${BASE}/workspaces`)
        .set(as('bad'))
        .set('content-type', 'application/json')
        .send('{"devfileUrl":');
      expect(res.status).toBe(400);
    });

    it('keeps a devfile attribute named __proto__ as data, never touching shared prototypes', async () => {
      try {
        const res = await create('proto', {
          devfileUrl: devfiles.url('/proto.yaml'),
        });
        expect(res.status).toBe(201);
        expect(({} as any).polluted).toBeUndefined();
        const object: any = await customObjects.getNamespacedCustomObject({
          ...dw,
          namespace: 'proto-che',
          name: res.body.name,
        });
        expect(object.spec.template.attributes).toEqual(
          JSON.parse(
            '{"__proto__":{"polluted":"yes"},"controller.devfile.io/storage-type":"per-user"}',
          ),
        );
        expect((await get('proto', res.body.workspaceId)).status).toBe(200);
      } finally {
        delete (Object.prototype as any).polluted;
      }
    });

    it('opens the devfile an entity points at, by URL or by golden-path name', async () => {
      const byUrl = await create('ent', {
        entityRef: 'component:default/payments',
      });
      expect(byUrl.status).toBe(201);
      expect(byUrl.body.devfile).toEqual({ name: 'go', version: '2.6.0' });
      const object: any = await customObjects.getNamespacedCustomObject({
        ...dw,
        namespace: 'ent-che',
        name: byUrl.body.name,
      });
      expect(object.metadata.annotations['backstage.io/source-entity']).toBe(
        'component:default/payments',
      );

      const byName = await create('ent', {
        entityRef: 'component:default/web',
      });
      expect(byName.body.devfile).toEqual({ name: 'nodejs', version: '2.2.1' });
      expect(
        (
          await knex('workspace_launches')
            .where({ workspace_uid: byName.body.workspaceId })
            .first()
        ).entity_ref,
      ).toBe('component:default/web');

      // The catalog link back: the entity's workspaces, each naming the entity it came from.
      // (One stopped first: two running is this user's limit.)
      await backend.http
        .post(`${BASE}/workspaces/${byName.body.workspaceId}/stop`)
        .set(as('ent'))
        .expect(200);
      const opened = await create('ent', {
        devfileUrl: devfiles.url('/nodejs.yaml'),
      });
      expect(opened.status).toBe(201);
      expect(opened.body.entityRef).toBeNull();
      expect(byUrl.body.entityRef).toBe('component:default/payments');
      const listFor = (ref: string) =>
        backend.http
          .get(`${BASE}/workspaces?entityRef=${encodeURIComponent(ref)}`)
          .set(as('ent'));
      const payments = await listFor('Component:default/Payments');
      expect(payments.status).toBe(200);
      expect(payments.body).toEqual({
        total: 1,
        workspaces: [
          expect.objectContaining({
            workspaceId: byUrl.body.workspaceId,
            entityRef: 'component:default/payments',
          }),
        ],
      });
      expect((await listFor('component:default/web')).body.workspaces).toEqual([
        expect.objectContaining({ workspaceId: byName.body.workspaceId }),
      ]);
      expect((await listFor('component:default/none')).body.total).toBe(0);
      const all = await backend.http.get(`${BASE}/workspaces`).set(as('ent'));
      expect(
        all.body.workspaces.map((w: any) => [w.workspaceId, w.entityRef]),
      ).toEqual(
        expect.arrayContaining([
          [byUrl.body.workspaceId, 'component:default/payments'],
          [byName.body.workspaceId, 'component:default/web'],
          [opened.body.workspaceId, null],
        ]),
      );
      const badRef = await listFor('component:default/');
      expect(badRef.status).toBe(400);
      expect(badRef.body.error.message).toMatch(
        /query\.entityRef: must be an entity ref such as component:default\/payments/,
      );

      const plain = await create('ent', {
        entityRef: 'component:default/plain',
      });
      expect(plain.status).toBe(400);
      expect(plain.body.error.message).toMatch(
        /neither the eclipse\.org\/che-devfile-url nor the eclipse\.org\/che-devfile annotation/,
      );
      const missing = await create('ent', {
        entityRef: 'component:default/nope',
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toMatch(
        /component:default\/nope is not in the catalog/,
      );
    });

    it("lists only the caller's own workspaces, filtered by status", async () => {
      const mine = await create('lister', {
        devfileUrl: devfiles.url('/nodejs.yaml'),
      });
      const stopped = await create('lister', {
        devfileUrl: devfiles.url('/go.yaml'),
      });
      await create('someone', { devfileUrl: devfiles.url('/nodejs.yaml') });
      await backend.http
        .post(`${BASE}/workspaces/${stopped.body.workspaceId}/stop`)
        .set(as('lister'));
      await until('lister', mine.body.workspaceId, 'Running');
      await until('lister', stopped.body.workspaceId, 'Stopped');

      const all = await backend.http
        .get(`${BASE}/workspaces`)
        .set(as('lister'));
      expect(all.body.total).toBe(2);
      expect(all.body.workspaces.map((w: any) => w.workspaceId).sort()).toEqual(
        [mine.body.workspaceId, stopped.body.workspaceId].sort(),
      );
      for (const w of all.body.workspaces) {
        expect(Object.keys(w).sort()).toEqual([
          'createdAt',
          'devfile',
          'entityRef',
          'ideUrl',
          'lastUsed',
          'name',
          'namespace',
          'status',
          'workspaceId',
        ]);
      }
      const running = await backend.http
        .get(`${BASE}/workspaces?status=Running`)
        .set(as('lister'));
      expect(running.body).toMatchObject({
        total: 1,
        workspaces: [
          {
            workspaceId: mine.body.workspaceId,
            ideUrl: expect.stringContaining('https://'),
          },
        ],
      });
      const paged = await backend.http
        .get(`${BASE}/workspaces?limit=1&offset=1`)
        .set(as('lister'));
      expect(paged.body.total).toBe(2);
      expect(paged.body.workspaces).toHaveLength(1);

      expect((await get('someone', mine.body.workspaceId)).status).toBe(404);
      // As users type it: any letter case names the same phase.
      for (const typed of ['running', 'RUNNING', 'rUnNiNg']) {
        const res = await backend.http
          .get(`${BASE}/workspaces?status=${typed}`)
          .set(as('lister'));
        expect(res.status).toBe(200);
        expect(res.body.workspaces.map((w: any) => w.workspaceId)).toEqual([
          mine.body.workspaceId,
        ]);
      }
      const bad = await backend.http
        .get(`${BASE}/workspaces?status=Sleeping`)
        .set(as('lister'));
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toBe(
        'Invalid request query: query.status: must be one of Starting, Running, Stopping, Stopped, Failing, Failed, Terminating, Error (in any letter case): got Sleeping',
      );
    });

    it('reports the phase fallback and who stopped a workspace', async () => {
      await createElsewhere('lister-che', {
        name: 'idle',
        annotations: { 'controller.devfile.io/stopped-by': 'inactivity' },
      });
      const idle = await get('lister', 'idle');
      expect(idle.body).toMatchObject({
        name: 'idle',
        status: 'Stopped',
        stoppedBy: 'inactivity',
        devfile: { name: null, version: null },
      });
    });

    it("neither lists, finds nor counts OpenShift's web terminals, which Che's dashboard hides", async () => {
      await create('terminal', {
        devfileUrl: devfiles.url('/nodejs.yaml'),
        name: 'mine',
      });
      await createElsewhere(
        'terminal-che',
        {
          name: 'terminal-abcde',
          labels: { 'console.openshift.io/terminal': 'true' },
        },
        { started: true, template: {} },
      );
      const list = await backend.http
        .get(`${BASE}/workspaces`)
        .set(as('terminal'));
      expect(list.body).toMatchObject({
        total: 1,
        workspaces: [{ name: 'mine' }],
      });
      expect((await get('terminal', 'terminal-abcde')).status).toBe(404);
      expect(
        (
          await backend.http
            .post(`${BASE}/workspaces/terminal-abcde/stop`)
            .set(as('terminal'))
        ).status,
      ).toBe(404);
      // Running: mine and the terminal, but only mine counts against maxRunningWorkspacesPerUser (2).
      expect(
        (await create('terminal', { devfileUrl: devfiles.url('/nodejs.yaml') }))
          .status,
      ).toBe(201);
    });

    it("uses the namespace an administrator prepared for the user, found by Che's labels and username annotation", async () => {
      await core.createNamespace({
        body: {
          metadata: {
            name: 'team-tess',
            labels: {
              'app.kubernetes.io/part-of': 'che.eclipse.org',
              'app.kubernetes.io/component': 'workspaces-namespace',
            },
            annotations: { 'che.eclipse.org/username': 'tess' },
          },
        },
      });
      const res = await create('tess', {
        devfileUrl: devfiles.url('/nodejs.yaml'),
      });
      expect(res.status).toBe(201);
      expect(res.body.namespace).toBe('team-tess');
      expect(
        (
          await backend.http.get(`${BASE}/workspaces`).set(as('tess'))
        ).body.workspaces.map((w: any) => w.namespace),
      ).toEqual(['team-tess']);
      await expect(
        core.readNamespace({ name: 'tess-che' }),
      ).rejects.toMatchObject({ code: 404 });

      // With <userid> in the template a username may belong to users of several entity namespaces: no lookup.
      const byUserid = await startReplica({
        namespace: { template: '<userid>-che' },
        devfileFetch: {
          allowPrivateNetworks: true,
          extraCaCertificates: [devfiles.ca],
        },
      });
      try {
        const own = await byUserid.http
          .post(`${BASE}/workspaces`)
          .set(as('tess'))
          .send({ devfileUrl: devfiles.url('/nodejs.yaml') });
        expect(own.body.namespace).toBe('default-tess-che');
      } finally {
        await byUserid.stop();
      }

      // A service account that may not list namespaces gets the template's namespace, as che-server does.
      const clear = sim.injectFault({
        method: 'GET',
        path: /^\/api\/v1\/namespaces$/,
        status: 403,
      });
      const unlisted = await startReplica({
        devfileFetch: {
          allowPrivateNetworks: true,
          extraCaCertificates: [devfiles.ca],
        },
      });
      try {
        const own = await unlisted.http
          .post(`${BASE}/workspaces`)
          .set(as('tess'))
          .send({ devfileUrl: devfiles.url('/nodejs.yaml') });
        expect(own.status).toBe(201);
        expect(own.body.namespace).toBe('tess-che');
      } finally {
        clear();
        await unlisted.stop();
      }
    });

    it("points workspaces at Che's operator config and storage strategy when Che's settings are configured", async () => {
      const che = await startReplica({
        cheNamespace: 'eclipse-che',
        pvcStrategy: 'per-workspace',
        defaultComponents: [
          { name: 'tools', container: { image: 'quay.io/acme/tools:1' } },
        ],
        devfileFetch: {
          allowPrivateNetworks: true,
          extraCaCertificates: [devfiles.ca],
        },
      });
      const cheConfig = {
        name: 'devworkspace-config',
        namespace: 'eclipse-che',
      };
      try {
        const res = await che.http
          .post(`${BASE}/workspaces`)
          .set(as('cheuser'))
          .send({ devfileUrl: devfiles.url('/generated.yaml') });
        expect(res.status).toBe(201);
        const object: any = await customObjects.getNamespacedCustomObject({
          ...dw,
          namespace: 'cheuser-che',
          name: res.body.name,
        });
        expect(object.spec.template).toEqual({
          components: [
            { name: 'tools', container: { image: 'quay.io/acme/tools:1' } },
          ],
          attributes: {
            'controller.devfile.io/storage-type': 'per-workspace',
            'controller.devfile.io/devworkspace-config': cheConfig,
          },
        });

        // A workspace made elsewhere gets the reference when started, as Che's dashboard gives it.
        await createElsewhere(
          'cheuser-che',
          { name: 'elsewhere' },
          { started: false, template: { attributes: { a: 1 } } },
        );
        expect(
          (
            await che.http
              .post(`${BASE}/workspaces/elsewhere/start`)
              .set(as('cheuser'))
          ).status,
        ).toBe(200);
        const started: any = await customObjects.getNamespacedCustomObject({
          ...dw,
          namespace: 'cheuser-che',
          name: 'elsewhere',
        });
        expect(started.spec.template.attributes).toEqual({
          a: 1,
          'controller.devfile.io/devworkspace-config': cheConfig,
        });
      } finally {
        await che.stop();
      }
    });

    it('stops and starts a DevWorkspace made elsewhere without a spec', async () => {
      await core.createNamespace({ body: { metadata: { name: 'bare-che' } } });
      await customObjects.createNamespacedCustomObject({
        ...dw,
        namespace: 'bare-che',
        body: {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          metadata: { name: 'bare' },
        },
      });
      expect(
        (
          await backend.http
            .post(`${BASE}/workspaces/bare/stop`)
            .set(as('bare'))
        ).body.status,
      ).toBe('Stopped');
      const start = await backend.http
        .post(`${BASE}/workspaces/bare/start`)
        .set(as('bare'));
      expect(start.status).toBe(200);
      expect(start.body.status).toBe('Starting');
    });

    it('answers Starting to a start while the workspace is still stopping', async () => {
      await core.createNamespace({ body: { metadata: { name: 'hasty-che' } } });
      const body = {
        apiVersion: 'workspace.devfile.io/v1alpha2',
        kind: 'DevWorkspace',
        metadata: { name: 'winding-down' },
        spec: { started: false, template: {} },
      };
      await customObjects.createNamespacedCustomObject({
        ...dw,
        namespace: 'hasty-che',
        body,
      });
      await customObjects.patchNamespacedCustomObjectStatus(
        {
          ...dw,
          namespace: 'hasty-che',
          name: 'winding-down',
          body: { status: { phase: 'Stopping' } },
        },
        mergePatch,
      );
      expect((await get('hasty', 'winding-down')).body.status).toBe('Stopping');
      const start = await backend.http
        .post(`${BASE}/workspaces/winding-down/start`)
        .set(as('hasty'));
      expect(start.status).toBe(200);
      expect(start.body).toMatchObject({ status: 'Starting', ideUrl: null });
    });

    it('stops and starts a workspace, bumping last-updated', async () => {
      const { body } = await create('cycler', {
        devfileUrl: devfiles.url('/nodejs.yaml'),
      });
      const running = await until('cycler', body.workspaceId, 'Running');
      const stop = await backend.http
        .post(`${BASE}/workspaces/${body.workspaceId}/stop`)
        .set(as('cycler'));
      expect(stop.status).toBe(200);
      expect(['Stopping', 'Stopped']).toContain(stop.body.status);
      expect(stop.body.lastUsed >= running.lastUsed).toBe(true);
      expect(
        (await until('cycler', body.workspaceId, 'Stopped')).ideUrl,
      ).toBeNull();
      const start = await backend.http
        .post(`${BASE}/workspaces/${body.name}/start`)
        .set(as('cycler'));
      expect(start.body.status).toBe('Starting');
      expect(
        (await until('cycler', body.workspaceId, 'Running')).ideUrl,
      ).toMatch(/^https:/);
      expect(
        (
          await backend.http
            .post(`${BASE}/workspaces/${body.workspaceId}/start`)
            .set(as('someone-else'))
        ).status,
      ).toBe(404);
    });

    it("deletes a workspace with its editor template; someone else's or a missing one is 404", async () => {
      const { body } = await create('deleter', {
        devfileUrl: devfiles.url('/nodejs.yaml'),
      });
      expect(
        (
          await backend.http
            .delete(`${BASE}/workspaces/${body.workspaceId}`)
            .set(as('intruder'))
        ).status,
      ).toBe(404);
      const res = await backend.http
        .delete(`${BASE}/workspaces/${body.workspaceId}`)
        .set(as('deleter'));
      expect(res.status).toBe(204);
      await expect(
        customObjects.getNamespacedCustomObject({
          ...dwt,
          namespace: 'deleter-che',
          name: `che-code-${body.name}`,
        }),
      ).rejects.toMatchObject({ code: 404 });
      expect(
        (
          await backend.http
            .delete(`${BASE}/workspaces/${body.workspaceId}`)
            .set(as('deleter'))
        ).status,
      ).toBe(404);
      expect((await get('deleter', body.workspaceId)).status).toBe(404);
      expect((await get('deleter', 'Not_A_Name')).status).toBe(404);
    });

    it('enforces the per-user limits on create and start with a 409 naming the limit', async () => {
      const url = devfiles.url('/nodejs.yaml');
      const first = await create('limited', { devfileUrl: url });
      await create('limited', { devfileUrl: url });
      const third = await create('limited', { devfileUrl: url });
      expect(third.status).toBe(409);
      expect(third.body.error.message).toMatch(
        /cheLauncher\.limits\.maxRunningWorkspacesPerUser is 2/,
      );
      await backend.http
        .post(`${BASE}/workspaces/${first.body.workspaceId}/stop`)
        .set(as('limited'));
      expect((await create('limited', { devfileUrl: url })).status).toBe(201);
      const start = await backend.http
        .post(`${BASE}/workspaces/${first.body.workspaceId}/start`)
        .set(as('limited'));
      expect(start.status).toBe(409);
      expect(start.body.error.message).toMatch(/maxRunningWorkspacesPerUser/);
      const fourth = await create('limited', { devfileUrl: url });
      expect(fourth.status).toBe(409);
      expect(fourth.body.error.message).toMatch(
        /cheLauncher\.limits\.maxWorkspacesPerUser is 3/,
      );
    });

    it('holds the limits under concurrent creates on two replicas sharing the database', async () => {
      const replica = await startReplica({
        limits: { maxWorkspacesPerUser: 3, maxRunningWorkspacesPerUser: 2 },
        devfileFetch: {
          allowPrivateNetworks: true,
          extraCaCertificates: [devfiles.ca],
        },
      });
      try {
        const body = { devfileUrl: devfiles.url('/nodejs.yaml') };
        const results = await Promise.all(
          [backend, replica, backend, replica, backend, replica].map(b =>
            b.http.post(`${BASE}/workspaces`).set(as('racer')).send(body),
          ),
        );
        const statuses = results.map(r => r.status).sort();
        expect(statuses).toEqual([201, 201, 409, 409, 409, 409]);
        expect(
          (await backend.http.get(`${BASE}/workspaces`).set(as('racer'))).body
            .total,
        ).toBe(2);
      } finally {
        await replica.stop();
      }
    });

    it('refuses devfile URLs on private and reserved addresses when private networks are not allowed', async () => {
      const strict = await startReplica({
        devfileFetch: { extraCaCertificates: [devfiles.ca] },
      });
      try {
        const before = devfiles.requests.length;
        for (const [devfileUrl, reason] of [
          [devfiles.url('/nodejs.yaml'), '127.0.0.1 (loopback)'],
          [
            'https://169.254.169.254/latest/meta-data',
            '169.254.169.254 (linkLocal)',
          ],
          ['https://[::ffff:10.0.0.1]/devfile.yaml', '(private)'],
          ['https://[::7f00:1]/devfile.yaml', '::7f00:1 (reserved)'],
          ['https://100.64.0.1/devfile.yaml', '100.64.0.1 (carrierGradeNat)'],
          ['https://localhost/devfile.yaml', '(loopback)'],
        ]) {
          const res = await strict.http
            .post(`${BASE}/workspaces`)
            .set(as('ssrf'))
            .send({ devfileUrl });
          expect({ devfileUrl, status: res.status }).toEqual({
            devfileUrl,
            status: 400,
          });
          expect(res.body.error.message).toContain(reason);
        }
        expect(devfiles.requests.length).toBe(before);
      } finally {
        await strict.stop();
      }
    });

    it('provisions the namespace again after it was deleted behind the plugin', async () => {
      expect(
        (
          await create('renewed', {
            devfileUrl: devfiles.url('/anonymous.yaml'),
          })
        ).status,
      ).toBe(201);
      await core.deleteNamespace({ name: 'renewed-che' });
      const again = await create('renewed', {
        devfileUrl: devfiles.url('/anonymous.yaml'),
      });
      expect(again.status).toBe(201);
      expect(
        (await core.readNamespace({ name: 'renewed-che' })).metadata
          ?.annotations,
      ).toMatchObject({
        'che-launcher.backstage.io/owner': 'user:default/renewed',
      });
    });

    it('keeps users whose names map to the same namespace apart', async () => {
      const first = await backend.http
        .post(`${BASE}/workspaces`)
        .set(authHeaders.user('user:default/jo.ann'))
        .send({ devfileUrl: devfiles.url('/nodejs.yaml') });
      expect(first.body.namespace).toBe('jo-ann-che');
      const other = authHeaders.user('user:default/jo_ann');
      for (const res of [
        await backend.http.get(`${BASE}/workspaces`).set(other),
        await backend.http
          .get(`${BASE}/workspaces/${first.body.workspaceId}`)
          .set(other),
        await backend.http
          .post(`${BASE}/workspaces`)
          .set(other)
          .send({ devfileUrl: devfiles.url('/nodejs.yaml') }),
      ]) {
        expect(res.status).toBe(403);
        expect(res.body.error.message).toMatch(
          /Namespace jo-ann-che belongs to another user/,
        );
      }
    });

    it('lets a service act for the user it names, and only a service', async () => {
      const service = authHeaders.service('che-launcher');
      const created = await backend.http
        .post(`${BASE}/workspaces`)
        .set(service)
        .send({
          devfileUrl: devfiles.url('/nodejs.yaml'),
          user: 'user:default/robin',
        });
      expect(created.status).toBe(201);
      expect(created.body.namespace).toBe('robin-che');
      expect(
        (
          await backend.http
            .get(`${BASE}/workspaces?user=user:default/robin`)
            .set(service)
        ).body.total,
      ).toBe(1);
      expect((await get('robin', created.body.workspaceId)).status).toBe(200);

      // Entity refs compare case-insensitively, and a ref without a namespace means `default`.
      const casey = await backend.http
        .post(`${BASE}/workspaces`)
        .set(service)
        .send({ devfileUrl: devfiles.url('/nodejs.yaml'), user: 'user:Casey' });
      expect(casey.body.namespace).toBe('casey-che');
      const caseyOwn = await backend.http
        .get(`${BASE}/workspaces?user=user:casey`)
        .set(authHeaders.user('user:default/casey'));
      expect(caseyOwn.status).toBe(200);
      expect(caseyOwn.body.workspaces.map((w: any) => w.workspaceId)).toEqual([
        casey.body.workspaceId,
      ]);

      const nameless = await backend.http
        .get(`${BASE}/workspaces`)
        .set(service);
      expect(nameless.status).toBe(400);
      expect(nameless.body.error.message).toMatch(
        /user is required when a service calls/,
      );
      const impersonating = await backend.http
        .get(`${BASE}/workspaces?user=user:default/robin`)
        .set(as('jane'));
      expect(impersonating.status).toBe(400);
      expect(impersonating.body.error.message).toMatch(
        /user may only be given by service callers/,
      );
      const group = await backend.http
        .get(`${BASE}/workspaces?user=group:default/team`)
        .set(service);
      expect(group.body.error.message).toMatch(
        /query\.user: must be a user entity ref/,
      );
    });

    it('serves lists from the watch cache, which sees changes made elsewhere', async () => {
      const { body } = await create('cached', {
        devfileUrl: devfiles.url('/nodejs.yaml'),
      });
      // The cluster refuses to list the namespace: the list is answered from the cache all the same.
      const clear = sim.injectFault({
        method: 'GET',
        path: '/apis/workspace.devfile.io/v1alpha2/namespaces/cached-che/devworkspaces',
        status: 500,
      });
      try {
        const list = await backend.http
          .get(`${BASE}/workspaces`)
          .set(as('cached'));
        expect(list.status).toBe(200);
        expect(list.body.workspaces.map((w: any) => w.workspaceId)).toEqual([
          body.workspaceId,
        ]);
        // A workspace deleted behind the plugin's back disappears from the list once the watch reports it.
        await customObjects.deleteNamespacedCustomObject({
          ...dw,
          namespace: 'cached-che',
          name: body.name,
        });
        const listed = await eventually(
          () => backend.http.get(`${BASE}/workspaces`).set(as('cached')),
          res => res.body.total === 0,
          'the deletion seen by the watch',
        );
        expect(listed.body.workspaces).toEqual([]);
      } finally {
        clear();
      }
    });

    it('answers 502 naming the DevWorkspace API when the cluster does not serve it', async () => {
      // The API server's 404 for a path it does not serve names no object.
      const clear = sim.injectFault({
        path: /\/apis\/workspace\.devfile\.io\//,
        status: 404,
      });
      try {
        for (const res of [
          await create('nocrd', {
            devfileUrl: devfiles.url('/anonymous.yaml'),
          }),
          await get('nocrd', 'some-name'),
          await backend.http
            .delete(`${BASE}/workspaces/some-name`)
            .set(as('nocrd')),
        ]) {
          expect(res.status).toBe(502);
          expect(res.body.error.message).toMatch(
            /Kubernetes cluster "local" does not serve workspace\.devfile\.io\/v1alpha2 DevWorkspaces/,
          );
        }
      } finally {
        clear();
      }
    });

    it("answers 502, not the caller's 403, when the cluster refuses the plugin's service account", async () => {
      const clear = [
        sim.injectFault({
          method: 'GET',
          path: '/api/v1/namespaces/rbac-che',
          status: 403,
        }),
        sim.injectFault({
          method: 'POST',
          path: '/apis/workspace.devfile.io/v1alpha2/namespaces/rbac2-che/devworkspaces',
          status: 403,
        }),
      ];
      try {
        for (const res of [
          await backend.http.get(`${BASE}/workspaces`).set(as('rbac')),
          await create('rbac2', {
            devfileUrl: devfiles.url('/anonymous.yaml'),
          }),
        ]) {
          expect(res.status).toBe(502);
          expect(res.body.error.message).toMatch(
            /Kubernetes cluster "local" refused che-launcher's service account: .*grant it the RBAC/,
          );
        }
      } finally {
        clear.forEach(c => c());
      }
    });

    it('turns cluster failures into 502 and 503, never 500', async () => {
      const clear = sim.injectFault({
        method: 'GET',
        path: /devworkspaces\/some-name/,
        status: 500,
        times: 1,
      });
      const failed = await get('jane', 'some-name');
      clear();
      expect(failed.status).toBe(502);
      expect(failed.body.error.message).toMatch(/Kubernetes cluster "local"/);
      const clearDrop = sim.injectFault({
        method: 'GET',
        path: /devworkspaces\/some-name/,
        drop: true,
        times: 1,
      });
      const dropped = await get('jane', 'some-name');
      clearDrop();
      expect(dropped.status).toBe(503);
    });
  },
);

/** A backend with che-launcher on `sim`, whose namespace jane-che holds one stopped workspace. */
async function seededBackend(
  sim: KubernetesSimulator,
  token?: string,
  cheLauncher: object = {},
): Promise<PluginBackend> {
  await sim.start();
  sim.seed([
    {
      apiVersion: 'workspace.devfile.io/v1alpha2',
      kind: 'DevWorkspace',
      metadata: { name: 'seeded', namespace: 'jane-che' },
      spec: { started: false, template: {} },
    },
  ]);
  return startPluginBackend({
    features: [cheLauncherPlugin, catalogServiceMock.factory({ entities: [] })],
    permission: 'allow',
    config: {
      kubernetes: {
        clusterLocatorMethods: [
          { type: 'config', clusters: [sim.clusterConfig('local', token)] },
        ],
      },
      cheLauncher,
    },
  });
}

describe.each([
  ['switched off', { watchCache: false }, undefined],
  [
    'not allowed to watch',
    {},
    ['get', 'list', 'create', 'update', 'patch', 'delete'],
  ],
])('che-launcher plugin with the watch cache %s', (_, cheLauncher, verbs) => {
  const sim = new KubernetesSimulator({
    devWorkspace: { startDelayMs: 20, stopDelayMs: 20 },
    tokens: [{ token: 'plugin-token', verbs }],
  });
  let backend: PluginBackend;

  beforeAll(async () => {
    backend = await seededBackend(sim, 'plugin-token', cheLauncher);
  });
  afterAll(async () => {
    await backend?.stop();
    await sim.stop();
  });

  it('lists from the cluster, mapping its failures to 502 and 503', async () => {
    // The faults below match the namespace's path only, never the watch's cluster-wide list and
    // watch, which retry on their own schedule and must not consume them.
    const list = () =>
      backend.http.get(`${BASE}/workspaces`).set(authHeaders.user());
    expect((await list()).body).toMatchObject({
      total: 1,
      workspaces: [{ name: 'seeded', status: 'Stopped' }],
    });
    const clear = sim.injectFault({
      path: /namespaces\/jane-che\/devworkspaces/,
      status: 500,
      times: 1,
    });
    const failed = await list();
    clear();
    expect(failed.status).toBe(502);
    const clearMissing = sim.injectFault({
      path: /namespaces\/jane-che\/devworkspaces/,
      status: 404,
      times: 1,
    });
    const unserved = await list();
    clearMissing();
    expect(unserved.status).toBe(502);
    expect(unserved.body.error.message).toMatch(
      /does not serve workspace\.devfile\.io\/v1alpha2 DevWorkspaces/,
    );
    const clearDrop = sim.injectFault({
      path: /namespaces\/jane-che\/devworkspaces/,
      drop: true,
      times: 1,
    });
    const dropped = await list();
    clearDrop();
    expect(dropped.status).toBe(503);
  });

  it('starts a Failed workspace that is still started again without waiting on a cache', async () => {
    const kc = new k8s.KubeConfig();
    kc.loadFromOptions(sim.kubeConfigOptions());
    const customObjects = kc.makeApiClient(k8s.CustomObjectsApi);
    const ref = { ...dw, namespace: 'jane-che', name: 'seeded' };
    const status = async () =>
      (
        await backend.http
          .get(`${BASE}/workspaces/seeded`)
          .set(authHeaders.user())
      ).body.status;
    const untilRunning = () =>
      eventually(status, s => s === 'Running', 'the workspace running');
    await customObjects.patchNamespacedCustomObject(
      { ...ref, body: { spec: { started: true } } },
      mergePatch,
    );
    expect(await untilRunning()).toBe('Running');
    await customObjects.patchNamespacedCustomObjectStatus(
      { ...ref, body: { status: { phase: 'Failed', message: 'no id' } } },
      mergePatch,
    );
    const start = await backend.http
      .post(`${BASE}/workspaces/seeded/start`)
      .set(authHeaders.user());
    expect(start.body).toMatchObject({ status: 'Starting' });
    expect(await untilRunning()).toBe('Running');
  });
});

describe('che-launcher plugin without a cluster', () => {
  let backend: PluginBackend;
  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [
        cheLauncherPlugin,
        catalogServiceMock.factory({ entities: [] }),
      ],
      permission: 'allow',
      config: {
        kubernetes: {
          clusterLocatorMethods: [{ type: 'config', clusters: [] }],
        },
      },
    });
  });
  afterAll(() => backend?.stop());

  it('starts, serves health and devfiles, and answers 503 saying why on workspace routes', async () => {
    expect((await backend.http.get(`${BASE}/health`)).status).toBe(200);
    expect(
      (await backend.http.get(`${BASE}/devfiles`).set(authHeaders.user()))
        .status,
    ).toBe(200);
    const res = await backend.http
      .get(`${BASE}/workspaces`)
      .set(authHeaders.user());
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(
      /che-launcher has no Kubernetes cluster: No Kubernetes cluster is configured/,
    );
    expect((await backend.http.get(`${BASE}/workspaces`)).status).toBe(401);
  });
});

describe('che-launcher plugin with permissions denied', () => {
  const sim = new KubernetesSimulator({
    devWorkspace: { startDelayMs: 20, stopDelayMs: 20 },
  });
  let backend: PluginBackend;

  beforeAll(async () => {
    await sim.start();
    backend = await startPluginBackend({
      features: [
        cheLauncherPlugin,
        catalogServiceMock.factory({ entities: [] }),
      ],
      permission: 'deny',
      config: {
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [sim.clusterConfig('local')] },
          ],
        },
      },
    });
  });
  afterAll(async () => {
    await backend?.stop();
    await sim.stop();
  });

  it.each([
    ['post', '/workspaces', 'che.workspace.create'],
    ['get', '/workspaces', 'che.workspace.read'],
    ['get', '/workspaces/w', 'che.workspace.read'],
    ['post', '/workspaces/w/start', 'che.workspace.update'],
    ['post', '/workspaces/w/stop', 'che.workspace.update'],
    ['delete', '/workspaces/w', 'che.workspace.delete'],
  ] as const)('%s %s is 403 naming %s', async (method, path, permission) => {
    const res = await backend.http[method](`${BASE}${path}`)
      .set(authHeaders.user())
      .send({ devfileUrl: 'https://example.com/d.yaml' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      `Permission ${permission} is required for this request`,
    );
  });
});

describe('che-launcher plugin at start', () => {
  const sim = new KubernetesSimulator();
  let backend: PluginBackend;
  const clusterWideReads = () =>
    sim.auditLog.filter(
      r => r.resource.startsWith('devworkspaces') && r.namespace === undefined,
    );

  beforeAll(async () => {
    backend = await seededBackend(sim);
  });
  afterAll(async () => {
    await backend?.stop();
    await sim.stop();
  });

  it('starts its watch with the first workspace request, not with the backend', async () => {
    expect((await backend.http.get(`${BASE}/health`)).status).toBe(200);
    expect(clusterWideReads()).toEqual([]);
    const list = await backend.http
      .get(`${BASE}/workspaces`)
      .set(authHeaders.user());
    expect(list.body).toMatchObject({
      total: 1,
      workspaces: [{ name: 'seeded', status: 'Stopped' }],
    });
    expect(clusterWideReads().map(r => r.verb)).toContain('list');
  });
});
