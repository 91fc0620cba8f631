import { InputError, NotFoundError } from '@backstage/errors';
import type { Environment, Snapshot } from '../database/EnvironmentStore';
import type { FactStore } from '../database/FactStore';
import { provenanceOf } from './kosliProvenance';
import {
  snapshotCompliant,
  unixSeconds,
  type SnapshotContext,
} from './kosliSnapshots';

/** A live environment of an org by name, else 404. */
export async function environmentByName(
  store: FactStore,
  org: string,
  name: string,
): Promise<Environment> {
  const env = await store.environments.getByName(org, name);
  if (!env)
    throw new NotFoundError(
      `Environment "${name}" does not exist in org "${org}"`,
    );
  return env;
}

/** A physical environment by name (a logical one cannot join another), else 400 naming the field. */
export async function physicalByName(
  store: FactStore,
  org: string,
  name: string,
  field: string,
) {
  const env = await environmentByName(store, org, name);
  if (env.type === 'logical')
    throw new InputError(
      `${field}: "${name}" is a logical environment, not a physical one`,
    );
  return env;
}

/** Provenance of every digest in these snapshots and the environment's allow-list, fetched once. */
export async function snapshotContext(
  store: FactStore,
  env: Environment,
  snapshots: Snapshot[],
): Promise<SnapshotContext> {
  const [provenance, allowlist] = await Promise.all([
    provenanceOf(
      store,
      env.org,
      snapshots.flatMap(s => s.artifacts.map(a => a.sha256)),
    ),
    store.environments.allowlist(env.id),
  ]);
  return { provenance, allowlist };
}

/**
 * An environment as `kosli get environment` and `list environments` read it: `tags` a map and
 * `policies` a list (both type-asserted), `state` true/false for the latest snapshot's compliance
 * (null before any), times in unix seconds.
 */
export async function kosliEnvironmentView(store: FactStore, env: Environment) {
  const latest = await store.environments.latestSnapshot(env.id);
  const state = latest
    ? snapshotCompliant(latest, await snapshotContext(store, env, [latest]))
    : null;
  return {
    name: env.name,
    type: env.type,
    description: env.description,
    org: env.org,
    state,
    last_reported_at: latest ? unixSeconds(latest.recordedAt) : null,
    last_modified_at: unixSeconds(env.updatedAt),
    tags: {},
    policies: [],
    include_scaling: true,
    require_provenance: false,
    included_environments: env.members,
    archived: env.archived,
  };
}

/**
 * One snapshot expression of the CLI: `N` (snapshot N), `~N` (N behind the latest) or `NOW` (the
 * latest); undefined when empty. `field` names it in the 400.
 */
export function snapshotNumber(
  expression: string | undefined,
  latest: number,
  field: string,
): number | undefined {
  const text = expression?.trim() ?? '';
  if (!text) return undefined;
  if (/^now$/i.test(text)) return latest;
  const match = /^(~)?(\d{1,9})$/.exec(text);
  if (!match)
    throw new InputError(
      `Invalid request query: ${field}: "${expression}" is not a snapshot number, ~N or NOW (time expressions are not supported here)`,
    );
  return match[1] ? latest - Number(match[2]) : Number(match[2]);
}

/**
 * `--interval` of `kosli log environment` / `list snapshots`: `A..B`, `A..`, `..B` or `A`, each a
 * snapshot expression (snapshotNumber); an omitted start is the first snapshot, an omitted end
 * the latest. Clamped to the snapshots that exist.
 */
export function parseInterval(
  interval: string | undefined,
  latest: number,
): { from: number; to: number } {
  if (!interval?.trim()) return { from: 1, to: latest };
  const field = 'query.interval';
  const [left, right, ...rest] = interval.trim().split('..');
  if (rest.length > 0 || (!left && !right))
    throw new InputError(
      `Invalid request query: ${field}: "${interval}" is not N..M, N.. or N`,
    );
  const from = snapshotNumber(left, latest, field) ?? 1;
  const to =
    right === undefined
      ? from
      : (snapshotNumber(right, latest, field) ?? latest);
  return { from: Math.max(1, from), to: Math.min(latest, to) };
}

/** The snapshot numbers of one page of `from..to`, newest first unless `reverse`. */
export function pageOfIndexes(
  range: { from: number; to: number },
  page: { page: number; perPage: number; reverse: boolean },
): number[] {
  const all = Math.max(0, range.to - range.from + 1);
  const skip = (page.page - 1) * page.perPage;
  const count = Math.max(0, Math.min(page.perPage, all - skip));
  return Array.from({ length: count }, (_, i) =>
    page.reverse ? range.from + skip + i : range.to - skip - i,
  );
}
