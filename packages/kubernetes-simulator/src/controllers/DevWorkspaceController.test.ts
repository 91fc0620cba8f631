import * as k8s from '@kubernetes/client-node';
import { KubernetesSimulator } from '../KubernetesSimulator';
import { FAIL_START_ANNOTATION } from './DevWorkspaceController';

const DELAY_MS = 20;
const DW = {
  group: 'workspace.devfile.io',
  version: 'v1alpha2',
  plural: 'devworkspaces',
  namespace: 'default',
};
const mergePatch = k8s.setHeaderOptions(
  'Content-Type',
  k8s.PatchStrategy.MergePatch,
);
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('DevWorkspace controller with failed workspaces, as the DevWorkspace operator', () => {
  const sim = new KubernetesSimulator({
    devWorkspace: { startDelayMs: DELAY_MS, stopDelayMs: DELAY_MS },
  });
  let custom: k8s.CustomObjectsApi;
  let watch: AbortController;
  /** The phases each workspace went through, in order, as a watching client sees them. */
  const phases = new Map<string, string[]>();

  const create = (name: string, annotations?: Record<string, string>) =>
    custom.createNamespacedCustomObject({
      ...DW,
      body: {
        apiVersion: 'workspace.devfile.io/v1alpha2',
        kind: 'DevWorkspace',
        metadata: { name, annotations },
        spec: { started: true, template: {} },
      },
    });
  const read = (name: string) =>
    custom.getNamespacedCustomObject({ ...DW, name }) as Promise<any>;
  const patch = (name: string, body: object) =>
    custom.patchNamespacedCustomObject({ ...DW, name, body }, mergePatch);
  const inPhase = (phase: string) => (dw: any) => dw.status?.phase === phase;
  async function until(name: string, accept: (dw: any) => boolean) {
    for (
      const deadline = Date.now() + 60_000; // only how long a failing test waits
      Date.now() < deadline;
      await sleep(5)
    ) {
      const dw = await read(name);
      if (accept(dw)) return dw;
    }
    throw new Error(
      `${name} never got there; it went through ${phases.get(name)}`,
    );
  }
  /** Several start and stop delays after the last change, nothing has changed the workspace. */
  async function expectLeftAlone(name: string) {
    const before = await read(name);
    await sleep(DELAY_MS * 5);
    const after = await read(name);
    expect(after.metadata.resourceVersion).toBe(
      before.metadata.resourceVersion,
    );
    return after;
  }

  beforeAll(async () => {
    await sim.start();
    const kc = new k8s.KubeConfig();
    kc.loadFromOptions(sim.kubeConfigOptions());
    custom = kc.makeApiClient(k8s.CustomObjectsApi);
    const path = `/apis/${DW.group}/${DW.version}/namespaces/default/${DW.plural}`;
    watch = await new k8s.Watch(kc).watch(
      path,
      {},
      (_type, dw: any) => {
        const seen = phases.get(dw.metadata.name) ?? [];
        if (dw.status?.phase && seen.at(-1) !== dw.status.phase)
          seen.push(dw.status.phase);
        phases.set(dw.metadata.name, seen);
      },
      () => {},
    );
  });

  afterAll(async () => {
    watch.abort();
    await sim.stop();
  });

  it('stops a workspace that fails to start itself and keeps it Failed, with its failure, until its spec changes', async () => {
    await create('broken', { [FAIL_START_ANNOTATION]: 'image pull failed' });
    const failed = await until('broken', inPhase('Failed'));
    expect(phases.get('broken')).toEqual(['Starting', 'Failing', 'Failed']);
    expect(failed.spec.started).toBe(false);
    expect(failed.status.message).toBe('image pull failed');
    expect(failed.status.conditions).toEqual([
      {
        type: 'FailedStart',
        status: 'True',
        reason: 'InfrastructureFailure',
        message: 'image pull failed',
        lastTransitionTime: expect.any(String),
      },
      {
        type: 'Started',
        status: 'False',
        message: 'Workspace stopped due to error',
        lastTransitionTime: expect.any(String),
      },
    ]);

    // Removing the cause changes no spec: the workspace stays as it is.
    await patch('broken', {
      metadata: { annotations: { [FAIL_START_ANNOTATION]: null } },
    });
    expect((await expectLeftAlone('broken')).status.phase).toBe('Failed');

    await patch('broken', { spec: { started: true } });
    const running = await until('broken', inPhase('Running'));
    expect(phases.get('broken')).toEqual([
      'Starting',
      'Failing',
      'Failed',
      'Starting',
      'Running',
    ]);
    expect(running.status.conditions.map((c: any) => c.type)).not.toContain(
      'FailedStart',
    );
  });

  it('leaves a Failed workspace that is still started Failed; stopped it stays Failed, started again it runs', async () => {
    await create('stuck');
    await until('stuck', inPhase('Running'));
    // What the operator writes, leaving spec.started as it is, when it cannot give a workspace its id.
    const message =
      'Failed to set DevWorkspace ID: DevWorkspace ID specified in override already exists in namespace';
    await custom.patchNamespacedCustomObjectStatus(
      {
        ...DW,
        name: 'stuck',
        body: {
          status: {
            phase: 'Failed',
            message,
            mainUrl: null,
            devworkspaceId: null,
            conditions: null,
          },
        },
      },
      mergePatch,
    );
    await patch('stuck', { metadata: { labels: { team: 'a' } } });
    const stuck = await expectLeftAlone('stuck');
    expect(stuck.spec.started).toBe(true);
    expect(stuck.status).toEqual({ phase: 'Failed', message });

    await patch('stuck', { spec: { started: false } });
    await until('stuck', dw => dw.status.conditions !== undefined);
    const stopped = await expectLeftAlone('stuck');
    expect(stopped.status).toMatchObject({
      phase: 'Failed',
      message: 'Workspace stopped due to error',
      conditions: [
        {
          type: 'Started',
          status: 'False',
          message: 'Workspace stopped due to error',
        },
      ],
    });

    await patch('stuck', { spec: { started: true } });
    await until('stuck', inPhase('Running'));
    expect(phases.get('stuck')).toEqual([
      'Starting',
      'Running',
      'Failed',
      'Starting',
      'Running',
    ]);
  });
});
