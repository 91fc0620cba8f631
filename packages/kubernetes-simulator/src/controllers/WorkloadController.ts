import type { ChangeEvent, ObjectStore } from '../ObjectStore';
import { timestamp } from '../objectMeta';
import { Timers } from './Timers';

/** Annotation that makes a Job fail (its value is the message) or a Deployment never become available. */
export const FAIL_ANNOTATION = 'simulator.fawkes.dev/fail';

/**
 * Deployments report their replicas as ready at once; Jobs complete (or fail) after a delay.
 * Enough for clients that wait on workloads, such as Helm hooks.
 */
export class WorkloadController {
  private readonly timers = new Timers();

  constructor(
    private readonly store: ObjectStore,
    private readonly options: { jobDelayMs: number },
  ) {}

  handle(event: ChangeEvent): void {
    if (event.type === 'DELETED' || event.resourceType.group === '') return;
    const { kind, group } = event.resourceType;
    const o = event.object;
    if (
      group === 'apps' &&
      kind === 'Deployment' &&
      o.status?.observedGeneration !== o.metadata.generation
    ) {
      this.deploymentReady(event);
    } else if (group === 'batch' && kind === 'Job' && event.type === 'ADDED') {
      this.runJob(event);
    }
  }

  stop(): void {
    this.timers.clear();
  }

  private deploymentReady(event: ChangeEvent) {
    const o = event.object;
    const replicas = o.spec?.replicas ?? 1;
    const failing = o.metadata.annotations?.[FAIL_ANNOTATION] !== undefined;
    this.store.updateStatus(
      event.resourceType,
      o.metadata.namespace,
      o.metadata.name,
      d => {
        d.status = {
          observedGeneration: d.metadata.generation,
          replicas,
          updatedReplicas: replicas,
          readyReplicas: failing ? 0 : replicas,
          availableReplicas: failing ? 0 : replicas,
          conditions: [
            failing
              ? {
                  type: 'Progressing',
                  status: 'False',
                  reason: 'ProgressDeadlineExceeded',
                  message: o.metadata.annotations[FAIL_ANNOTATION],
                }
              : {
                  type: 'Available',
                  status: 'True',
                  reason: 'MinimumReplicasAvailable',
                  lastTransitionTime: timestamp(),
                },
          ],
        };
      },
    );
  }

  private runJob(event: ChangeEvent) {
    const { namespace, name } = event.object.metadata;
    this.store.updateStatus(event.resourceType, namespace, name, j => {
      j.status = { startTime: timestamp(), active: 1 };
    });
    this.timers.after(this.options.jobDelayMs, () => {
      const job = this.store.find(event.resourceType, namespace, name);
      if (!job) return;
      const failure = job.metadata.annotations?.[FAIL_ANNOTATION];
      const now = timestamp();
      this.store.updateStatus(event.resourceType, namespace, name, j => {
        j.status =
          failure !== undefined
            ? {
                startTime: j.status?.startTime,
                failed: 1,
                conditions: [
                  {
                    type: 'Failed',
                    status: 'True',
                    reason: 'BackoffLimitExceeded',
                    message:
                      failure || 'Job has reached the specified backoff limit',
                    lastTransitionTime: now,
                  },
                ],
              }
            : {
                startTime: j.status?.startTime,
                succeeded: 1,
                completionTime: now,
                conditions: [
                  { type: 'Complete', status: 'True', lastTransitionTime: now },
                ],
              };
      });
    });
  }
}
