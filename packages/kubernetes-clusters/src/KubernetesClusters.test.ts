import { ConfigReader } from '@backstage/config';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { createServer, type Server, type Socket } from 'node:net';
import { KubernetesClusters } from './KubernetesClusters';
import { toBackstageError } from './kubernetesErrors';

describe('KubernetesClusters', () => {
  let sim: KubernetesSimulator;

  beforeAll(async () => {
    sim = new KubernetesSimulator({
      tokens: [{ token: 'admin' }, { token: 'team', namespaces: ['team'] }],
    });
    await sim.start();
  });

  afterAll(() => sim.stop());

  const clustersWith = (...clusters: object[]) =>
    KubernetesClusters.fromConfig(
      new ConfigReader({
        kubernetes: {
          serviceLocatorMethods: [{ type: 'multiTenant' }],
          clusterLocatorMethods: [
            { type: 'catalog' },
            { type: 'config', clusters },
          ],
        },
      }),
    );

  it('reads config clusters in the Backstage Kubernetes plugin format and talks to them', async () => {
    const clusters = clustersWith(sim.clusterConfig('first', 'admin'), {
      ...sim.clusterConfig('second', 'team'),
      title: 'Team cluster',
    });
    expect(clusters.list()).toEqual([
      { name: 'first', url: sim.url, title: undefined },
      { name: 'second', url: sim.url, title: 'Team cluster' },
    ]);
    expect(JSON.stringify(clusters.list())).not.toContain('admin');
    expect(clusters.get().name).toBe('first');
    const namespaces = await clusters.get('first').core.listNamespace();
    expect(namespaces.items.map(n => n.metadata?.name)).toContain('default');
  });

  it('refuses an unknown cluster name with a 400 listing the known ones', () => {
    const clusters = clustersWith(
      sim.clusterConfig('first'),
      sim.clusterConfig('second'),
    );
    expect(() => clusters.get('third')).toThrow(
      'Unknown cluster "third": known clusters are "first", "second"',
    );
    expect(() => new KubernetesClusters([]).get()).toThrow(
      /No Kubernetes cluster is configured/,
    );
  });

  it('refuses duplicate names and unsupported auth providers at start', () => {
    expect(() =>
      clustersWith(sim.clusterConfig('a'), sim.clusterConfig('a')),
    ).toThrow('configured twice');
    expect(() =>
      clustersWith({ ...sim.clusterConfig('a'), authProvider: 'oidc' }),
    ).toThrow('authProvider "oidc" is not supported');
  });

  it('gives up on a cluster that accepts connections but never answers, after requestTimeoutSeconds', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer(socket => sockets.push(socket));
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as { port: number };
      const cluster = {
        name: 'silent',
        url: `http://127.0.0.1:${port}`,
        authProvider: 'serviceAccount',
        serviceAccountToken: 'x',
        skipTLSVerify: true,
        requestTimeoutSeconds: 0.3,
      };
      const started = Date.now();
      const error = await clustersWith(cluster)
        .get('silent')
        .core.listNamespace()
        .then(
          () => undefined,
          (e: unknown) => toBackstageError(e, 'silent'),
        );
      expect(error).toMatchObject({
        name: 'ServiceUnavailableError',
        message: 'Kubernetes cluster "silent" did not answer in time',
      });
      // It waited the configured 0.3 s, not the 30 s default. Both bounds hold however loaded
      // the machine is: the first cannot come early, the second has a hundredfold margin.
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(250);
      expect(waited).toBeLessThan(30_000);
      expect(sockets.length).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise(resolve => silent.close(resolve));
    }
  });

  it('refuses a requestTimeoutSeconds that is not a positive number', () => {
    expect(() =>
      clustersWith({ ...sim.clusterConfig('a'), requestTimeoutSeconds: 0 }),
    ).toThrow('requestTimeoutSeconds must be a positive number');
  });

  describe('toBackstageError', () => {
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (e: unknown) => toBackstageError(e, 'c'),
      );

    it('maps the cluster answers to clear statuses', async () => {
      const clusters = clustersWith(
        sim.clusterConfig('c', 'admin'),
        sim.clusterConfig('limited', 'team'),
        sim.clusterConfig('wrong', 'nope'),
      );
      const core = clusters.get('c').core;
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'dup' } },
      });

      const notFound = await failure(
        core.readNamespacedConfigMap({ namespace: 'default', name: 'missing' }),
      );
      expect(notFound).toMatchObject({
        name: 'NotFoundError',
        message: 'Kubernetes cluster "c": configmaps "missing" not found',
      });
      expect(
        await failure(
          core.createNamespacedConfigMap({
            namespace: 'default',
            body: { metadata: { name: 'dup' } },
          }),
        ),
      ).toMatchObject({ name: 'ConflictError' });
      expect(
        await failure(
          core.createNamespacedConfigMap({
            namespace: 'default',
            body: { metadata: { name: 'Not_Valid' } },
          }),
        ),
      ).toMatchObject({ statusCode: 422 });
      expect(
        await failure(
          clusters
            .get('limited')
            .core.listNamespacedSecret({ namespace: 'default' }),
        ),
      ).toMatchObject({ name: 'NotAllowedError' });
      expect(
        await failure(clusters.get('wrong').core.listNamespace()),
      ).toMatchObject({
        statusCode: 502,
        message: 'Kubernetes cluster "c" rejected the configured credentials',
      });
      sim.injectFault({ status: 500, times: 1 });
      expect(await failure(core.listNamespace())).toMatchObject({
        statusCode: 502,
      });
      sim.injectFault({ drop: true, times: 1 });
      expect(await failure(core.listNamespace())).toMatchObject({
        name: 'ServiceUnavailableError',
      });
    });

    it('says a cluster that does not answer is unreachable', async () => {
      const clusters = clustersWith({
        name: 'gone',
        url: 'http://127.0.0.1:1',
        authProvider: 'serviceAccount',
        serviceAccountToken: 'x',
        skipTLSVerify: true,
      });
      const error = await failure(clusters.get('gone').core.listNamespace());
      expect(error).toMatchObject({ name: 'ServiceUnavailableError' });
      expect(error?.message).toMatch(
        /^Kubernetes cluster "c" could not be reached: .*ECONNREFUSED/,
      );
    });
  });
});
