import { ConflictError } from '@backstage/errors';
import { isPending, summarise, type Release } from '../release/release';
import { latestRevision } from '../release/readableHistory';
import type { ReleaseReader } from '../release/ReleaseReader';
import type { ReleaseStorage } from '../storage/ReleaseStorage';

/**
 * The "force unlock" Helm users ask for: a latest revision stuck in `pending-*` (the process that
 * wrote it died) is marked `failed`, which lets rollbacks and upgrades through again.
 */
export async function recoverRelease(
  request: { namespace: string; name: string; actor: string },
  deps: { storage: ReleaseStorage; reader: ReleaseReader },
): Promise<{ release: Release; previousStatus: string }> {
  const latest = latestRevision(
    request.name,
    await deps.reader.history(request.namespace, request.name),
    'recovered',
  );
  const previousStatus = String(latest.info.status);
  if (!isPending(previousStatus)) {
    throw new ConflictError(
      `Release "${request.name}" is not stuck: its latest revision ${latest.version} is ${previousStatus}, not pending-*`,
    );
  }
  latest.info.status = 'failed';
  latest.info.description = `Marked failed by ${request.actor}: was ${previousStatus} (${latest.info.description ?? 'no description'})`;
  await deps.storage.update(latest, request.namespace);
  return { release: summarise(latest), previousStatus };
}
