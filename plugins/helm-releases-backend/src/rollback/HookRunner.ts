import { kubernetesStatusOf } from '@fawkes/kubernetes-clusters';
import type { Hook, Release } from '../release/release';
import { parseManifest, type ManifestObject } from '../manifest/manifest';
import type { ClusterResources } from './ClusterResources';

const DEFAULT_DELETE_POLICY = 'before-hook-creation';

const hookLabel = (hook: Hook) =>
  `${hook.path || hook.name} (${hook.kind} ${hook.name})`;
const messageOf = (error: unknown) =>
  kubernetesStatusOf(error)?.message ?? (error as Error).message;

export interface HookRunnerOptions {
  /** How long one hook may run before it counts as failed. */
  timeoutMs: number;
  pollIntervalMs?: number;
}

/**
 * Runs a release's hooks for one event the way Helm's execHook does (pkg/action/hooks.go): by
 * weight then name, each created and waited for in turn (Jobs until Complete or Failed, Pods until
 * Succeeded or Failed), with the hook's delete policies, recording `last_run` on the release's hooks.
 */
export class HookRunner {
  constructor(
    private readonly resources: ClusterResources,
    private readonly options: HookRunnerOptions,
  ) {}

  /**
   * `started` is called as each hook starts (Helm records the release then, hook `Running`).
   * With `serverSideApply`, hook objects are created by server-side apply, as Helm 4 does for a
   * release it applies so.
   */
  async run(
    release: Release,
    event: string,
    started: () => Promise<unknown> = async () => undefined,
    options: { serverSideApply?: boolean } = {},
  ): Promise<void> {
    const hooks = (release.hooks ?? [])
      .filter(h => h.events?.includes(event))
      .sort(
        (a, b) =>
          (a.weight ?? 0) - (b.weight ?? 0) || a.name.localeCompare(b.name),
      );
    for (const [index, hook] of hooks.entries()) {
      // Helm writes the default policy onto the hook, so the stored release shows it.
      if (!hook.delete_policies?.length)
        hook.delete_policies = [DEFAULT_DELETE_POLICY];
      const objects = await this.placed(hook);
      try {
        await this.deleteByPolicy(hook, 'before-hook-creation', objects);
      } catch (error) {
        // The hook did not start: its last_run stays what it was, as with Helm.
        throw new Error(
          `${event} hook ${hookLabel(hook)} failed: its earlier run could not be deleted: ${messageOf(error)}`,
        );
      }
      hook.last_run = {
        started_at: new Date().toISOString(),
        completed_at: '',
        phase: 'Running',
      };
      await started();
      let failure: string | undefined;
      try {
        for (const o of objects) await this.resources.create(o, options);
      } catch (error) {
        // Not created: Helm deletes nothing by policy here.
        hook.last_run = {
          ...hook.last_run,
          completed_at: new Date().toISOString(),
          phase: 'Failed',
        };
        throw new Error(
          `${event} hook ${hookLabel(hook)} failed: ${messageOf(error)}`,
        );
      }
      try {
        for (const o of objects) {
          failure = await this.waitFor(o);
          if (failure) break;
        }
      } catch (error) {
        failure = messageOf(error);
      }
      hook.last_run = {
        ...hook.last_run,
        completed_at: new Date().toISOString(),
        phase: failure ? 'Failed' : 'Succeeded',
      };
      if (failure) {
        // As Helm: the failed hook goes if `hook-failed`, the ones that succeeded before it if `hook-succeeded`.
        const leftovers = await this.deleteAfterFailure(
          hook,
          hooks.slice(0, index),
        );
        throw new Error(
          `${event} hook ${hookLabel(hook)} failed: ${failure}${leftovers}`,
        );
      }
    }
    // Helm deletes succeeded hooks in reverse order.
    for (const hook of [...hooks].reverse())
      await this.deleteByPolicy(hook, 'hook-succeeded');
  }

  /** Deletion problems after a hook failed do not replace its reason; they are added to it. */
  private async deleteAfterFailure(
    failed: Hook,
    succeeded: Hook[],
  ): Promise<string> {
    const problems: string[] = [];
    const attempt = async (hook: Hook, policy: string) => {
      try {
        await this.deleteByPolicy(hook, policy);
      } catch (error) {
        problems.push(`${hookLabel(hook)} (${policy}): ${messageOf(error)}`);
      }
    };
    await attempt(failed, 'hook-failed');
    for (const hook of succeeded) await attempt(hook, 'hook-succeeded');
    return problems.length ? `; could not delete ${problems.join(', ')}` : '';
  }

  /** Deletes the hook's objects and waits until they are gone, when it has the policy. Never a CustomResourceDefinition, as Helm. */
  private async deleteByPolicy(
    hook: Hook,
    policy: string,
    objects?: ManifestObject[],
  ): Promise<void> {
    if (
      hook.kind === 'CustomResourceDefinition' ||
      !hook.delete_policies?.includes(policy)
    )
      return;
    for (const o of objects ?? (await this.placed(hook)))
      await this.resources.deleteAndWait(
        o,
        this.options.timeoutMs,
        this.options.pollIntervalMs,
      );
  }

  private placed(hook: Hook) {
    return Promise.all(
      parseManifest(hook.manifest).map(o => this.resources.place(o)),
    );
  }

  /** Undefined when the object finished well, the reason otherwise. Kinds other than Job and Pod are ready at once. */
  private async waitFor(object: {
    apiVersion: string;
    kind: string;
    metadata: { name: string; namespace?: string };
  }): Promise<string | undefined> {
    if (object.kind !== 'Job' && object.kind !== 'Pod') return undefined;
    const deadline = Date.now() + this.options.timeoutMs;
    for (;;) {
      const live: any = await this.resources.readLive(object as any);
      if (!live)
        return `${object.kind} ${object.metadata.name} disappeared before it finished`;
      if (object.kind === 'Job') {
        const conditions: any[] = live.status?.conditions ?? [];
        if (conditions.some(c => c.type === 'Complete' && c.status === 'True'))
          return undefined;
        const failed = conditions.find(
          c => c.type === 'Failed' && c.status === 'True',
        );
        if (failed)
          return `job ${object.metadata.name} failed${failed.reason ? `: ${failed.reason}` : ''}${failed.message ? ` (${failed.message})` : ''}`;
      } else {
        if (live.status?.phase === 'Succeeded') return undefined;
        if (live.status?.phase === 'Failed')
          return `pod ${object.metadata.name} failed`;
      }
      if (Date.now() > deadline)
        return `${object.kind} ${object.metadata.name} did not finish within ${Math.round(this.options.timeoutMs / 1000)} s`;
      await new Promise(resolve =>
        setTimeout(resolve, this.options.pollIntervalMs ?? 100),
      );
    }
  }
}
