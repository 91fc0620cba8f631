/**
 * The events without the repeats a retrying sender makes: an event identical to the last one kept
 * with its key is dropped. Writing an event again right after itself leaves the same rows (every
 * write is an idempotent upsert), so the repeat would only cost a further round of statements in
 * the group's transaction. A repeat with another event of its key in between is kept: the order of
 * a key's different events decides the row.
 */
export function withoutRepeats<T>(events: T[], key: (event: T) => string): T[] {
  if (events.length < 2) return events;
  const last = new Map<string, string>();
  return events.filter(event => {
    const k = key(event);
    const content = JSON.stringify(event);
    if (last.get(k) === content) return false;
    last.set(k, content);
    return true;
  });
}
