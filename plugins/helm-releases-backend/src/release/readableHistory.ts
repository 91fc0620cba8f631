import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Release } from './release';
import type { ReleaseHistory, UnreadableRecord } from './readResults';

/**
 * Guards for operations that must not act on a history with holes: a record that cannot be
 * decoded may be the newest revision, so acting on the newest readable one would act on an older
 * revision than the release's real state. Each refuses with 409 naming the records.
 */
function refuse(
  name: string,
  records: UnreadableRecord[],
  consequence: string,
): never {
  const names = records.map(r => r.objectName).join(', ');
  throw new ConflictError(
    `Release "${name}" has ${records.length} storage record(s) that cannot be decoded (${names}); ${consequence}. Fix or remove them, then retry.`,
  );
}

/** Every revision of the release; 409 when any of its records cannot be decoded. */
export function everyRevision(
  name: string,
  history: ReleaseHistory,
  action: string,
): Release[] {
  if (history.unreadable.length > 0)
    refuse(
      name,
      history.unreadable,
      `without every revision the latest one, and so the next number, is unknown, so it cannot be ${action}`,
    );
  return history.value;
}

/**
 * The newest revision of the release; 409 when no record is readable, or one that cannot be
 * decoded is (or may be, having no version label) newer than every readable one.
 */
export function latestRevision(
  name: string,
  history: ReleaseHistory,
  action: string,
): Release {
  const latest = history.value.at(-1);
  const newer = history.unreadable.filter(
    r => !latest || r.version === undefined || r.version > latest.version,
  );
  if (!latest || newer.length > 0)
    refuse(
      name,
      newer,
      `its latest revision is unknown, so it cannot be ${action}`,
    );
  return latest;
}

/**
 * One revision by its number; 409 when the record labelled with that number cannot be decoded
 * (the revision exists but cannot be read), 404 when there is none.
 */
export function numberedRevision(
  name: string,
  history: ReleaseHistory,
  version: number,
): Release {
  const found = history.value.find(r => r.version === version);
  if (found) return found;
  const unreadable = history.unreadable.filter(r => r.version === version);
  if (unreadable.length > 0)
    refuse(name, unreadable, `revision ${version} cannot be read`);
  throw new NotFoundError(
    `Release "${name}" has no revision ${version} (revisions: ${history.value.map(r => r.version).join(', ') || 'none readable'})`,
  );
}

/**
 * The revision before `to` (the newest readable one older than it, normally `to - 1`), as a diff
 * compares by default; undefined when the release keeps none. 409 when the record of a revision in
 * between cannot be decoded (comparing with an older one would hide it).
 */
export function previousRevision(
  name: string,
  history: ReleaseHistory,
  to: Release,
): Release | undefined {
  const previous = history.value.filter(r => r.version < to.version).at(-1);
  const between = history.unreadable.filter(
    r =>
      r.version !== undefined &&
      r.version < to.version &&
      r.version > (previous?.version ?? 0),
  );
  if (between.length > 0)
    refuse(name, between, `the revision before ${to.version} cannot be read`);
  return previous;
}
