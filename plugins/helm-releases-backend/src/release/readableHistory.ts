import { ConflictError } from '@backstage/errors';
import type { Release } from './release';
import type { ReleaseHistory, UnreadableRecord } from './ReleaseReader';

/**
 * Guards for operations that must not act on a history with holes: a record that cannot be
 * decoded may be the newest revision, so acting on the newest readable one would act on an older
 * revision than the release's real state. Each refuses with 409 naming the records.
 */
function refuse(name: string, records: UnreadableRecord[], consequence: string): never {
  const names = records.map(r => r.objectName).join(', ');
  throw new ConflictError(
    `Release "${name}" has ${records.length} storage record(s) that cannot be decoded (${names}); ${consequence}. Fix or remove them, then retry.`,
  );
}

/** Every revision of the release; 409 when any of its records cannot be decoded. */
export function everyRevision(name: string, history: ReleaseHistory, action: string): Release[] {
  if (history.unreadable.length > 0) refuse(name, history.unreadable, `without every revision the latest one, and so the next number, is unknown, so it cannot be ${action}`);
  return history.value;
}

/**
 * The newest revision of the release; 409 when no record is readable, or one that cannot be
 * decoded is (or may be, having no version label) newer than every readable one.
 */
export function latestRevision(name: string, history: ReleaseHistory, action: string): Release {
  const latest = history.value.at(-1);
  const newer = history.unreadable.filter(r => !latest || r.version === undefined || r.version > latest.version);
  if (!latest || newer.length > 0) refuse(name, newer, `its latest revision is unknown, so it cannot be ${action}`);
  return latest;
}
