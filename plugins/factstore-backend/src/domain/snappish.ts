/**
 * Kosli "snappish": a way to name one snapshot of an environment.
 *
 * - `prod`            the latest snapshot
 * - `prod#12`         snapshot number 12
 * - `prod~3`          three snapshots before the latest
 * - `prod@{<ISO>}`    the snapshot that was current at that time
 * - `prod@{2.hours.ago}` likewise, relative to now (seconds, minutes, hours, days, weeks)
 */
export type SnapshotSelector =
  | { kind: 'latest' }
  | { kind: 'index'; index: number }
  | { kind: 'back'; count: number }
  | { kind: 'at'; time: Date };

export interface Snappish {
  environment: string;
  selector: SnapshotSelector;
}

const UNIT_MS: Record<string, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/** Parses a selector without the environment name: `''`, `#12`, `~3`, `@{…}`; throws with the reason. */
export function parseSelector(
  text: string,
  now: Date = new Date(),
): SnapshotSelector {
  if (text === '') return { kind: 'latest' };
  let match = /^#(\d{1,9})$/.exec(text);
  if (match) {
    const index = Number(match[1]);
    if (index < 1) throw new Error('snapshot numbers start at 1');
    return { kind: 'index', index };
  }
  match = /^~(\d{1,9})$/.exec(text);
  if (match) return { kind: 'back', count: Number(match[1]) };
  match = /^@\{(.+)\}$/.exec(text);
  if (match) {
    const inner = match[1];
    const relative = /^(\d{1,9})\.(second|minute|hour|day|week)s?\.ago$/.exec(
      inner,
    );
    if (relative) {
      const time = new Date(
        now.getTime() - Number(relative[1]) * UNIT_MS[relative[2]],
      );
      if (Number.isNaN(time.getTime()))
        throw new Error(`"${inner}" is too far in the past to be a date`);
      return { kind: 'at', time };
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(inner)) {
      const time = new Date(inner);
      if (!Number.isNaN(time.getTime())) return { kind: 'at', time };
    }
    throw new Error(
      `"${inner}" is neither an ISO 8601 time nor <N>.<seconds|minutes|hours|days|weeks>.ago`,
    );
  }
  throw new Error(
    'expected ENV, ENV#N, ENV~N, ENV@{ISO time} or ENV@{N.hours.ago}',
  );
}

/** Parses `env`, `env#N`, `env~N`, `env@{…}`; throws an Error saying what is wrong. */
export function parseSnappish(text: string, now: Date = new Date()): Snappish {
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(.*)$/.exec(text.trim());
  if (!match)
    throw new Error(`"${text}" does not start with an environment name`);
  return { environment: match[1], selector: parseSelector(match[2], now) };
}
