import { kubernetesStatusOf } from '@fawkes/kubernetes-clusters';
import type { Hook, Release } from '../release/release';
import { parseManifest } from '../manifest/manifest';
import type { ClusterResources } from './ClusterResources';

const DEFAULT_DELETE_POLICY = 'before-hook-creation';

const hookLabel = (hook: Hook) => `${hook.path || hook.name} (${hook.kind} ${hook.name})`;

export interface HookRunnerOptions {
  /** How long one hook may run before it counts as failed. */
  timeoutMs: number;
  pollIntervalMs?: number;
}

/**
 * Runs a release's hooks for one event the way Helm's execHook does: by weight then name, each
 * created and waited for in turn (Jobs until Complete or Failed, Pods until Succeeded or Failed),
 * with the hook's delete policies, recording `last_run` on the release's hooks.
 */
export class HookRunner {
  constructor(
    private readonly resources: ClusterResources,
    private readonly options: HookRunnerOptions,
  ) {}

  async run(release: Release, event: string): Promise<void> {
    const hooks = (release.hooks ?? [])
      .filter(h => h.events?.includes(event))
      .sort((a, b) => (a.weight ?? 0) - (b.weight ?? 0) || a.name.localeCompare(b.name));
    for (const hook of hooks) {
      const policies = hook.delete_policies?.length ? hook.delete_policies : [DEFAULT_DELETE_POLICY];
      const objects = await Promise.all(parseManifest(hook.manifest).map(o => this.resources.place(o)));
      hook.last_run = { started_at: new Date().toISOString(), completed_at: '', phase: 'Running' };
      let failure: string | undefined;
      try {
        if (policies.includes('before-hook-creation')) {
          for (const o of objects) await this.resources.deleteAndWait(o, this.options.timeoutMs, this.options.pollIntervalMs);
        }
        for (const o of objects) await this.resources.create(o);
        for (const o of objects) {
          failure = await this.waitFor(o);
          if (failure) break;
        }
      } catch (error) {
        failure = kubernetesStatusOf(error)?.message ?? (error as Error).message;
      }
      hook.last_run = { ...hook.last_run, completed_at: new Date().toISOString(), phase: failure ? 'Failed' : 'Succeeded' };
      if (failure) {
        if (policies.includes('hook-failed')) for (const o of objects) await this.resources.deleteIfPresent(o);
        throw new Error(`${event} hook ${hookLabel(hook)} failed: ${failure}`);
      }
    }
    for (const hook of hooks) {
      if (!hook.delete_policies?.includes('hook-succeeded')) continue;
      for (const o of parseManifest(hook.manifest)) await this.resources.deleteIfPresent(await this.resources.place(o));
    }
  }

  /** Undefined when the object finished well, the reason otherwise. Kinds other than Job and Pod are ready at once. */
  private async waitFor(object: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }): Promise<string | undefined> {
    if (object.kind !== 'Job' && object.kind !== 'Pod') return undefined;
    const deadline = Date.now() + this.options.timeoutMs;
    for (;;) {
      const live: any = await this.resources.readLive(object as any);
      if (!live) return `${object.kind} ${object.metadata.name} disappeared before it finished`;
      if (object.kind === 'Job') {
        const conditions: any[] = live.status?.conditions ?? [];
        if (conditions.some(c => c.type === 'Complete' && c.status === 'True')) return undefined;
        const failed = conditions.find(c => c.type === 'Failed' && c.status === 'True');
        if (failed) return `job ${object.metadata.name} failed${failed.reason ? `: ${failed.reason}` : ''}${failed.message ? ` (${failed.message})` : ''}`;
      } else {
        if (live.status?.phase === 'Succeeded') return undefined;
        if (live.status?.phase === 'Failed') return `pod ${object.metadata.name} failed`;
      }
      if (Date.now() > deadline) return `${object.kind} ${object.metadata.name} did not finish within ${Math.round(this.options.timeoutMs / 1000)} s`;
      await new Promise(resolve => setTimeout(resolve, this.options.pollIntervalMs ?? 100));
    }
  }
}
