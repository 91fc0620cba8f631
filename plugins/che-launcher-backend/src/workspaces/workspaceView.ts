import { ANNOTATIONS, type DevWorkspace } from './cheObjects';

/** Phases the operator and Che's dashboard report. */
export const WORKSPACE_PHASES = [
  'Starting',
  'Running',
  'Stopping',
  'Stopped',
  'Failing',
  'Failed',
  'Terminating',
  'Error',
] as const;
export type WorkspacePhase = (typeof WORKSPACE_PHASES)[number];

/** A workspace as the API shows it. */
export interface WorkspaceView {
  workspaceId: string;
  name: string;
  namespace: string;
  status: string;
  ideUrl: string | null;
  devfile: { name: string | null; version: string | null };
  createdAt: string;
  lastUsed: string;
  /** The catalog entity it was opened from (`backstage.io/source-entity`), else null. */
  entityRef: string | null;
  stoppedBy?: string;
  /** Why the workspace failed (`status.message`), only while it is Failed, Failing or Error. */
  message?: string;
}

/** The phases in which Che's dashboard shows `status.message` as the workspace's error. */
const ERROR_PHASES = new Set(['Failed', 'Failing', 'Error']);

/**
 * `status.phase`, or Che's dashboard fallback when the operator has not written one yet:
 * Starting when `spec.started`, else Stopped.
 */
/** The phase of that name in any letter case (`running` is `Running`), else undefined. */
export function workspacePhase(value: string): WorkspacePhase | undefined {
  const lower = value.toLowerCase();
  return WORKSPACE_PHASES.find(phase => phase.toLowerCase() === lower);
}

export function workspaceStatus(dw: DevWorkspace): string {
  if (dw.metadata.deletionTimestamp) return 'Terminating';
  const phase = dw.status?.phase;
  if (phase) return phase;
  return dw.spec?.started ? 'Starting' : 'Stopped';
}

export function workspaceView(dw: DevWorkspace): WorkspaceView {
  const annotations = dw.metadata.annotations ?? {};
  const createdAt =
    toIso(dw.metadata.creationTimestamp) ?? new Date(0).toISOString();
  const view: WorkspaceView = {
    workspaceId: dw.metadata.uid ?? '',
    name: dw.metadata.name,
    namespace: dw.metadata.namespace,
    status: workspaceStatus(dw),
    ideUrl: dw.status?.mainUrl || null,
    devfile: {
      name: annotations[ANNOTATIONS.devfileName] ?? null,
      version: annotations[ANNOTATIONS.devfileVersion] ?? null,
    },
    createdAt,
    lastUsed: toIso(annotations[ANNOTATIONS.lastUpdated]) ?? createdAt,
    entityRef: annotations[ANNOTATIONS.entityRef] || null,
  };
  const stoppedBy = annotations[ANNOTATIONS.stoppedBy];
  if (stoppedBy) view.stoppedBy = stoppedBy;
  const message = dw.status?.message;
  if (message && ERROR_PHASES.has(view.status)) view.message = message;
  return view;
}

function toIso(value: string | Date | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * Views of the watch cache's objects, computed once per object: the informer replaces an object
 * on every change, so a view is never stale, and lists of a thousand workspaces do not parse a
 * thousand sets of dates on each request. Callers copy before changing a view.
 */
const views = new WeakMap<DevWorkspace, WorkspaceView>();

export function cachedWorkspaceView(dw: DevWorkspace): WorkspaceView {
  let view = views.get(dw);
  if (!view) {
    view = workspaceView(dw);
    views.set(dw, view);
  }
  return view;
}

/** Newest first, then by name: ISO times and DNS names compare as plain strings. */
export function byNewestFirst(a: WorkspaceView, b: WorkspaceView): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
}
