import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { ChangeEvent, ObjectStore } from '../ObjectStore';
import { timestamp } from '../objectMeta';
import type { ResourceType } from '../resourceTypes';
import { Timers } from './Timers';

export interface DevWorkspaceControllerOptions {
  /** How long a workspace stays Starting before it runs. */
  startDelayMs: number;
  /** How long a workspace stays Stopping before it is stopped. */
  stopDelayMs: number;
  /** Base of the `status.mainUrl` a running workspace with an editor gets. */
  routingBaseUrl: string;
  /** When set, a running workspace is stopped after this long, with `controller.devfile.io/stopped-by: inactivity`. */
  idleTimeoutMs?: number;
}

/** Annotation that makes a workspace fail to start, with its value as the message: for failure tests. */
export const FAIL_START_ANNOTATION = 'simulator.fawkes.dev/fail-start';

const ACTIVE = new Set(['Starting', 'Running', 'Failing']);
/** The phases in which the operator stops a workspace without leaving the failure. */
const FAILURE = new Set(['Failing', 'Failed']);

/**
 * The part of the DevWorkspace operator that clients observe: `spec.started` drives
 * `status.phase` through Starting → Running (with `mainUrl` and `devworkspaceId`) and
 * Stopping → Stopped, with the conditions and annotations the operator writes. A workspace that
 * fails to start is Failing, then stopped by the controller itself (`spec.started: false`) and
 * Failed, with its failure kept; it stays Failed until its spec changes.
 */
export class DevWorkspaceController {
  private readonly timers = new Timers();

  constructor(
    private readonly store: ObjectStore,
    private readonly type: ResourceType,
    private readonly options: DevWorkspaceControllerOptions,
  ) {}

  handle(event: ChangeEvent): void {
    if (event.resourceType !== this.type || event.type === 'DELETED') return;
    const dw = event.object;
    if (dw.metadata.deletionTimestamp) return;
    // The operator's event filter: a Failed workspace is reconciled again only when its spec changes.
    if (
      event.type === 'MODIFIED' &&
      dw.status?.phase === 'Failed' &&
      isDeepStrictEqual(event.previous?.spec, dw.spec)
    )
      return;
    const started = dw.spec?.started === true;
    const phase: string | undefined = dw.status?.phase;
    const { namespace, name } = dw.metadata;

    if (!dw.status?.devworkspaceId) {
      this.setStatus(namespace, name, s => {
        s.devworkspaceId = `workspace${createHash('sha256').update(dw.metadata.uid).digest('hex').slice(0, 16)}`;
        if (!started && !s.phase) {
          s.phase = 'Stopped';
          s.message = 'Stopped';
        }
      });
      // A workspace made stopped is Stopped now; any other goes on as the operator's next reconcile would.
      if (!started && !phase) return;
    }
    if (started && phase === 'Failing') {
      // The operator stops a failing workspace itself; stopped, it is Failed.
      this.store.updateObject(this.type, namespace, name, o => {
        o.spec.started = false;
      });
    } else if (started && !ACTIVE.has(phase ?? '')) {
      this.begin(namespace, name);
    } else if (!started && (ACTIVE.has(phase ?? '') || phase === 'Failed')) {
      this.end(namespace, name, phase!);
    }
  }

  stop(): void {
    this.timers.clear();
  }

  private begin(namespace: string, name: string) {
    const now = timestamp();
    this.setStatus(namespace, name, s => {
      s.phase = 'Starting';
      s.message = 'Waiting for workspace deployment';
      delete s.mainUrl;
      s.conditions = [
        {
          type: 'Started',
          status: 'True',
          lastTransitionTime: now,
          reason: 'Starting',
        },
      ];
    });
    this.store.updateObject(this.type, namespace, name, o => {
      o.metadata.annotations = {
        ...o.metadata.annotations,
        'controller.devfile.io/started-at': `${BigInt(Date.now()) * 1_000_000n}`,
      };
      delete o.metadata.annotations['controller.devfile.io/stopped-by'];
    });
    this.timers.after(this.options.startDelayMs, () =>
      this.finishStart(namespace, name),
    );
  }

  private finishStart(namespace: string, name: string) {
    const dw = this.store.find(this.type, namespace, name);
    if (!dw || dw.spec?.started !== true || dw.status?.phase !== 'Starting')
      return;
    const failure = dw.metadata.annotations?.[FAIL_START_ANNOTATION];
    const now = timestamp();
    if (failure !== undefined) {
      this.setStatus(namespace, name, s => {
        s.phase = 'Failing';
        s.message = failure || 'Workspace failed to start';
        s.conditions = [
          {
            type: 'FailedStart',
            status: 'True',
            lastTransitionTime: now,
            reason: 'InfrastructureFailure',
            message: s.message,
          },
          ...(s.conditions ?? []).filter((c: any) => c.type !== 'FailedStart'),
        ];
      });
      return;
    }
    const mainUrl = hasMainEndpoint(dw)
      ? `${this.options.routingBaseUrl.replace(/\/$/, '')}/${namespace}/${name}/3100/`
      : undefined;
    this.setStatus(namespace, name, s => {
      s.phase = 'Running';
      s.message = mainUrl ?? 'Workspace is running';
      if (mainUrl) s.mainUrl = mainUrl;
      s.conditions = [
        'Started',
        'DevWorkspaceResolved',
        'StorageReady',
        'RoutingReady',
        'ServiceAccountReady',
        'DeploymentReady',
        'Ready',
      ].map(type => ({ type, status: 'True', lastTransitionTime: now }));
    });
    if (this.options.idleTimeoutMs !== undefined) {
      this.timers.after(this.options.idleTimeoutMs, () =>
        this.idle(namespace, name),
      );
    }
  }

  private idle(namespace: string, name: string) {
    const dw = this.store.find(this.type, namespace, name);
    if (!dw || dw.status?.phase !== 'Running') return;
    this.store.updateObject(this.type, namespace, name, o => {
      o.spec.started = false;
      o.metadata.annotations = {
        ...o.metadata.annotations,
        'controller.devfile.io/stopped-by': 'inactivity',
      };
    });
  }

  /** A failing or failed workspace keeps its phase while it stops and ends Failed, its failure kept. */
  private end(namespace: string, name: string, phase: string) {
    const failed = FAILURE.has(phase);
    const stopping = failed ? phase : 'Stopping';
    if (!failed) {
      this.setStatus(namespace, name, s => {
        s.phase = 'Stopping';
        s.message = 'Stopping';
      });
    }
    this.timers.after(this.options.stopDelayMs, () => {
      const dw = this.store.find(this.type, namespace, name);
      if (!dw || dw.spec?.started === true || dw.status?.phase !== stopping)
        return;
      this.setStatus(namespace, name, s => {
        delete s.mainUrl;
        const find = (type: string) =>
          s.conditions?.find((c: any) => c.type === type);
        const failedStart = failed ? find('FailedStart') : undefined;
        const reason = failed
          ? 'Workspace stopped due to error'
          : 'Workspace is stopped';
        const before = find('Started');
        // As the operator: a condition that says the same keeps its time; the failure stays the message.
        const startedFalse =
          before?.status === 'False' && before.message === reason
            ? before
            : {
                type: 'Started',
                status: 'False',
                lastTransitionTime: timestamp(),
                message: reason,
              };
        s.phase = failed ? 'Failed' : 'Stopped';
        s.message = failedStart?.message ?? (failed ? reason : 'Stopped');
        s.conditions = failedStart
          ? [failedStart, startedFalse]
          : [startedFalse];
      });
    });
  }

  private setStatus(
    namespace: string,
    name: string,
    change: (status: any) => void,
  ) {
    this.store.updateStatus(this.type, namespace, name, o => {
      o.status = { ...(o.status ?? {}) };
      change(o.status);
    });
  }
}

/** The operator sets mainUrl only from an endpoint whose attributes say `type: main`; editors contribute one. */
function hasMainEndpoint(dw: any): boolean {
  if (Array.isArray(dw.spec?.contributions) && dw.spec.contributions.length > 0)
    return true;
  const components: any[] = dw.spec?.template?.components ?? [];
  return components.some(c =>
    (c?.container?.endpoints ?? []).some(
      (e: any) => e?.attributes?.type === 'main',
    ),
  );
}
