import { ConflictError, NotFoundError } from '@backstage/errors';
import { BadGatewayError } from '@fawkes/backend-http';
import {
  kubernetesStatusOf,
  toBackstageError,
} from '@fawkes/kubernetes-clusters';
import { parseManifest } from '../manifest/manifest';
import { isPending, summarise, type Release } from '../release/release';
import { everyRevision } from '../release/readableHistory';
import type { ReleaseReader } from '../release/ReleaseReader';
import type { ReleaseStorage } from '../storage/ReleaseStorage';
import { ResourceUpdateError, type ClusterResources } from './ClusterResources';
import type { HookRunner } from './HookRunner';
import { pruneHistory } from './pruneHistory';

const PENDING_ROLLBACK = 'pending-rollback';

export interface RollbackRequest {
  namespace: string;
  name: string;
  /** 0 = the revision before the latest, as `helm rollback <name>`. */
  revision: number;
  disableHooks: boolean;
}

export interface RollbackOutcome {
  /** The revision the rollback wrote, as stored at the end (deployed or failed). */
  release: Release;
  fromRevision: number;
  /** The revision rolled back to (`revision: 0` resolved to the one before the latest). */
  targetRevision: number;
  failure?: Error;
  /** Records of other revisions that could not be rewritten (Helm only logs these). */
  warnings: string[];
}

export interface RollbackDeps {
  storage: ReleaseStorage;
  reader: ReleaseReader;
  resources: ClusterResources;
  hooks: HookRunner;
  clusterName: string;
  /** Revisions kept per release; 0 keeps all. */
  maxHistory: number;
}

/**
 * How the rollback applies objects, and records it, as the Helm that manages the release would:
 * Helm 4 (whose records carry `apply_method`) applies server-side when the revision restored was
 * applied so, else client-side; Helm 3 always patches client-side and records no method.
 */
function applyMethodOf(
  history: Release[],
  restored: Release,
): 'ssa' | 'csa' | undefined {
  if (!history.some(revision => revision.apply_method !== undefined))
    return undefined;
  return restored.apply_method === 'ssa' ? 'ssa' : 'csa';
}

/**
 * `helm rollback` (pkg/action/rollback.go) natively: the target's stored manifest is replayed,
 * nothing is re-rendered. The new revision is created with create-not-update, so of two
 * concurrent rollbacks (even on different backend replicas) the cluster lets exactly one through.
 */
export async function rollbackRelease(
  request: RollbackRequest,
  deps: RollbackDeps,
): Promise<RollbackOutcome> {
  const { storage, reader, resources, hooks } = deps;
  const history = everyRevision(
    request.name,
    await reader.history(request.namespace, request.name),
    'rolled back',
  );
  const current = history[history.length - 1];
  if (isPending(String(current.info.status))) {
    throw new ConflictError(
      `Another operation (install/upgrade/rollback) is in progress on release "${request.name}": revision ${current.version} is ${current.info.status}. ` +
        'If nothing is running any more, POST .../recover marks it failed.',
    );
  }
  const targetVersion =
    request.revision === 0 ? current.version - 1 : request.revision;
  if (targetVersion < 1)
    throw new NotFoundError(
      `Release "${request.name}" has no earlier revision to roll back to: revision ${current.version} is its first`,
    );
  const previous = history.find(r => r.version === targetVersion);
  if (!previous) {
    throw new NotFoundError(
      `Release "${request.name}" has no revision ${targetVersion} (revisions: ${history.map(r => r.version).join(', ')})`,
    );
  }

  const now = new Date().toISOString();
  const applyMethod = applyMethodOf(history, previous);
  const serverSideApply = applyMethod === 'ssa';
  const target: Release = {
    name: request.name,
    namespace: current.namespace,
    info: {
      first_deployed: current.info.first_deployed,
      last_deployed: now,
      // Helm 3 writes the zero deletion time as ""; Helm 4 leaves it out (omitzero).
      ...(applyMethod ? {} : { deleted: '' }),
      description: `Rollback to ${targetVersion}`,
      status: PENDING_ROLLBACK,
      notes: previous.info.notes,
    },
    chart: previous.chart,
    config: previous.config,
    manifest: previous.manifest,
    ...(previous.hooks?.length
      ? { hooks: structuredClone(previous.hooks) }
      : {}),
    version: current.version + 1,
    ...(previous.labels ? { labels: previous.labels } : {}),
    ...(applyMethod ? { apply_method: applyMethod } : {}),
  };
  // As Helm's Storage.Create: pruned before the new record exists, and a failed prune writes nothing.
  const pruned = new Set(
    await pruneHistory(history, storage, deps.maxHistory, request.namespace),
  );
  // Into the namespace the history was read from, as Helm's driver writes (whatever the records say).
  await storage.create(target, request.namespace);

  // Helm's recordRelease: a status write that fails is logged, not fatal, so the cluster's answer
  // for one record neither hides the rollback's own outcome nor leaves the new revision pending.
  const warnings: string[] = [];
  const record = async (revision: Release): Promise<boolean> => {
    try {
      await storage.update(revision, request.namespace);
      return true;
    } catch (error) {
      warnings.push(
        `could not record revision ${revision.version} of release "${revision.name}" as ${revision.info.status}: ${(error as Error).message}`,
      );
      return false;
    }
  };

  const fail = async (
    failure: Error,
    supersedeCurrent: boolean,
  ): Promise<RollbackOutcome> => {
    target.info.status = 'failed';
    target.info.description = `Rollback "${request.name}" failed: ${failure instanceof ResourceUpdateError ? failure.reason : (kubernetesStatusOf(failure)?.message ?? failure.message)}`;
    if (supersedeCurrent) {
      current.info.status = 'superseded';
      await record(current);
    }
    const recorded = await record(target);
    const clusterError =
      failure instanceof ResourceUpdateError && failure.cause instanceof Error
        ? failure.cause
        : failure;
    return {
      release: summarise(target),
      fromRevision: current.version,
      targetRevision: targetVersion,
      failure: asClientError(clusterError, deps.clusterName, target, recorded),
      warnings,
    };
  };

  // Helm records the new revision as each hook starts, so a hook still running shows in its last_run.
  const hookStarted = () => record(target);
  try {
    if (!request.disableHooks)
      await hooks.run(target, 'pre-rollback', hookStarted, { serverSideApply });
  } catch (error) {
    return fail(error as Error, false);
  }
  try {
    // Helm 3 logs a deletion the cluster refuses and goes on; Helm 4 fails the rollback.
    const updated = await resources.update(
      parseManifest(current.manifest),
      parseManifest(target.manifest),
      {
        serverSideApply,
        deletionFailureIsFatal: applyMethod !== undefined,
        upgradeClientSideManager:
          serverSideApply && current.apply_method !== 'ssa',
      },
    );
    for (const refused of updated.notDeleted)
      warnings.push(`could not delete ${refused}`);
  } catch (error) {
    // As Helm: the release that was current is superseded, the rollback revision failed.
    return fail(error as Error, true);
  }
  try {
    if (!request.disableHooks)
      await hooks.run(target, 'post-rollback', hookStarted, {
        serverSideApply,
      });
  } catch (error) {
    return fail(error as Error, false);
  }

  // Every deployed revision is superseded, not only the latest (helm#2941).
  for (const revision of history) {
    if (revision.info.status !== 'deployed' || pruned.has(revision)) continue;
    revision.info.status = 'superseded';
    await record(revision);
  }
  target.info.status = 'deployed';
  try {
    await storage.update(target, request.namespace);
  } catch (error) {
    // Everything is applied, but the record still says pending-rollback and locks the release.
    target.info.status = PENDING_ROLLBACK;
    return {
      release: summarise(target),
      fromRevision: current.version,
      targetRevision: targetVersion,
      failure: statusWriteError(
        error as Error,
        deps.clusterName,
        target,
        targetVersion,
      ),
      warnings,
    };
  }
  return {
    release: summarise(target),
    fromRevision: current.version,
    targetRevision: targetVersion,
    warnings,
  };
}

/** What a caller does about a revision left pending: the recover route, named in full. */
const recoverHint = (target: Release) =>
  `POST /api/releases/${target.name}/recover with {"namespace": "${target.namespace}"} marks it failed`;

/** The rollback was applied, but its revision could not be recorded as deployed. */
function statusWriteError(
  failure: Error,
  cluster: string,
  target: Release,
  targetVersion: number,
): Error {
  const message = `Rollback "${target.name}" to revision ${targetVersion} was applied, but revision ${target.version} could not be recorded as deployed and stays ${PENDING_ROLLBACK} (${kubernetesStatusOf(failure)?.message ?? failure.message}): ${recoverHint(target)}, then roll back again to record it`;
  if (kubernetesStatusOf(failure)) {
    const mapped = toBackstageError(failure, cluster);
    mapped.message = message;
    return mapped;
  }
  return new BadGatewayError(message);
}

function asClientError(
  failure: Error,
  cluster: string,
  target: Release,
  recorded: boolean,
): Error {
  const suffix = recorded
    ? ` (revision ${target.version} is recorded as failed)`
    : ` (revision ${target.version} could not be recorded as failed and stays ${PENDING_ROLLBACK}: ${recoverHint(target)})`;
  if (kubernetesStatusOf(failure)) {
    const mapped = toBackstageError(failure, cluster);
    mapped.message = `Rollback "${target.name}" failed: ${mapped.message}${suffix}`;
    return mapped;
  }
  return new BadGatewayError(
    `Rollback "${target.name}" failed: ${failure.message}${suffix}`,
  );
}
