import type { Knex } from 'knex';
import type { RunningArtifact, SnapshotDiff } from '../domain/snapshotDiff';
import {
  containsPattern,
  definedOnly,
  likeSql,
  newId,
  parseJson,
  toIso,
  toIsoOrUndefined,
  type Page,
} from './rows';

export interface Environment {
  id: string;
  org: string;
  name: string;
  type: string;
  description: string;
  /** Physical environment ids, for a logical environment. */
  members: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Archived: hidden from lists and name lookups, still readable by id, restorable. */
  archived: boolean;
  archivedAt?: string;
  archivedBy?: string;
}

/** What still points at an environment: it is archived, not deleted, while any of it exists. */
export interface EnvironmentHolders {
  deploymentPolicies: string[];
  snapshots: number;
  gateResults: number;
  baselines: number;
  driftReports: number;
  /** Policies of the policy engine attached to it. */
  policyAttachments: number;
  /** Decisions of the policy engine about deployments to it. */
  policyDecisions: number;
  /** Logical environments that list it as a member. */
  logicalEnvironments: string[];
}

export type EnvironmentInput = Pick<
  Environment,
  'org' | 'name' | 'type' | 'description' | 'members'
>;

export interface Snapshot {
  id: string;
  environmentId: string;
  index: number;
  artifacts: RunningArtifact[];
  recordedBy: string;
  recordedAt: string;
}

export interface Baseline {
  id: string;
  environmentId: string;
  snapshotIndex: number;
  description: string;
  createdBy: string;
  createdAt: string;
}

export interface DriftReport {
  id: string;
  environmentId: string;
  baselineId: string;
  snapshotIndex: number;
  hasDrift: boolean;
  diff: Pick<SnapshotDiff, 'added' | 'removed' | 'changed'>;
  createdAt: string;
}

export interface AllowlistEntry {
  id: string;
  environmentId: string;
  sha256?: string;
  namePattern?: string;
  reason: string;
  expiresAt?: string;
  createdBy: string;
  createdAt: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export const toEnvironment = (row: any): Environment => ({
  id: row.id,
  org: row.org,
  name: row.name,
  type: row.type,
  description: row.description,
  members: parseJson(row.members, []),
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
  updatedAt: toIso(row.updated_at),
  archived: !!row.archived_at,
  ...(row.archived_at
    ? { archivedAt: toIso(row.archived_at), archivedBy: row.archived_by }
    : {}),
});
export const toSnapshot = (row: any): Snapshot => ({
  id: row.id,
  environmentId: row.environment_id,
  index: Number(row.snapshot_index),
  artifacts: parseJson(row.artifacts, []),
  recordedBy: row.recorded_by,
  recordedAt: toIso(row.recorded_at),
});
const toBaseline = (row: any): Baseline => ({
  id: row.id,
  environmentId: row.environment_id,
  snapshotIndex: Number(row.snapshot_index),
  description: row.description,
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
});
const toDrift = (row: any): DriftReport => ({
  id: row.id,
  environmentId: row.environment_id,
  baselineId: row.baseline_id,
  snapshotIndex: Number(row.snapshot_index),
  hasDrift: Boolean(row.has_drift),
  diff: parseJson(row.diff, { added: [], removed: [], changed: [] }),
  createdAt: toIso(row.created_at),
});
export const toAllow = (row: any): AllowlistEntry => ({
  id: row.id,
  environmentId: row.environment_id,
  sha256: row.sha256 ?? undefined,
  namePattern: row.name_pattern ?? undefined,
  reason: row.reason,
  expiresAt: toIsoOrUndefined(row.expires_at),
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Environments, their snapshots, baselines, drift reports and allow-lists. */
export class EnvironmentStore {
  constructor(private readonly db: Knex) {}

  async create(
    input: EnvironmentInput,
    createdBy: string,
  ): Promise<Environment> {
    const now = new Date();
    const row = {
      id: newId(),
      ...input,
      members: JSON.stringify(input.members),
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    };
    await this.db('environments').insert(row);
    return toEnvironment(row);
  }

  async get(id: string): Promise<Environment | undefined> {
    const row = await this.db('environments').where({ id }).first();
    return row && toEnvironment(row);
  }

  /** The live environment of that name (an archived one is found by id only). */
  async getByName(org: string, name: string): Promise<Environment | undefined> {
    const row = await this.db('environments')
      .where({ org, name })
      .whereNull('archived_at')
      .first();
    return row && toEnvironment(row);
  }

  async list(filter: {
    logical?: boolean;
    org?: string;
  }): Promise<Environment[]> {
    const query = this.db('environments')
      .whereNull('archived_at')
      .orderBy([{ column: 'org' }, { column: 'name' }]);
    if (filter.logical === true) query.where({ type: 'logical' });
    if (filter.logical === false) query.whereNot({ type: 'logical' });
    if (filter.org) query.where({ org: filter.org });
    return (await query).map(toEnvironment);
  }

  async update(
    id: string,
    patch: Partial<EnvironmentInput>,
  ): Promise<Environment | undefined> {
    const columns = definedOnly({
      ...patch,
      members: patch.members && JSON.stringify(patch.members),
    });
    await this.db('environments')
      .where({ id })
      .update({ ...columns, updated_at: new Date() });
    return this.get(id);
  }

  /** Deletes an environment nothing holds (see holders); its allow-list goes with it. */
  async delete(id: string): Promise<boolean> {
    return (await this.db('environments').where({ id }).delete()) > 0;
  }

  async archive(id: string, archivedBy: string): Promise<Environment> {
    const now = new Date();
    await this.db('environments')
      .where({ id })
      .update({ archived_at: now, archived_by: archivedBy, updated_at: now });
    return (await this.get(id))!;
  }

  async restore(id: string): Promise<Environment> {
    await this.db('environments')
      .where({ id })
      .update({ archived_at: null, archived_by: null, updated_at: new Date() });
    return (await this.get(id))!;
  }

  /** The policies, evidence and decisions that point at this environment. */
  async holders(id: string): Promise<EnvironmentHolders> {
    const count = async (table: string) =>
      Number(
        (
          await this.db(table)
            .where({ environment_id: id })
            .count({ n: '*' })
            .first()
        )?.n ?? 0,
      );
    // One after another: inside a transaction they share one connection.
    const policies = await this.db('deployment_policies')
      .where({ environment_id: id })
      .orderBy('name')
      .pluck('name');
    const snapshots = await count('snapshots');
    const gateResults = await count('gate_results');
    const baselines = await count('baselines');
    const driftReports = await count('drift_reports');
    const policyAttachments = await count('policy_attachments');
    const policyDecisions = await count('policy_decisions');
    // Members are a JSON array of UUIDs: a UUID holds no LIKE wildcard.
    const groups = await this.db('environments')
      .where({ type: 'logical' })
      .whereNull('archived_at')
      .andWhere('members', 'like', `%"${id}"%`)
      .orderBy('name')
      .pluck('name');
    return {
      deploymentPolicies: policies,
      snapshots,
      gateResults,
      baselines,
      driftReports,
      policyAttachments,
      policyDecisions,
      logicalEnvironments: groups,
    };
  }

  async search(term: string, limit: number): Promise<Environment[]> {
    const rows = await this.db('environments')
      .whereNull('archived_at')
      .whereRaw(likeSql('lower(name)'), [containsPattern(term)])
      .limit(limit);
    return rows.map(toEnvironment);
  }

  /**
   * Locks the environment's row until the transaction ends, so concurrent snapshot writers of one
   * environment (on any replica) take turns. SQLite has one writer at a time anyway.
   */
  async lockForSnapshot(environmentId: string): Promise<void> {
    if (this.db.client.config.client === 'pg')
      await this.db('environments')
        .where({ id: environmentId })
        .forUpdate()
        .first('id');
  }

  /**
   * Appends snapshot number latest+1, inside a transaction that holds lockForSnapshot; the unique
   * (environment_id, snapshot_index) constraint is the last word should a writer skip the lock.
   */
  async recordSnapshot(
    environmentId: string,
    artifacts: RunningArtifact[],
    recordedBy: string,
  ): Promise<Snapshot> {
    const latest = await this.latestSnapshot(environmentId);
    const row = {
      id: newId(),
      environment_id: environmentId,
      snapshot_index: (latest?.index ?? 0) + 1,
      artifacts: JSON.stringify(artifacts),
      recorded_by: recordedBy,
      recorded_at: new Date(),
    };
    await this.db('snapshots').insert(row);
    return toSnapshot(row);
  }

  async listSnapshots(environmentId: string, page: Page): Promise<Snapshot[]> {
    const rows = await this.db('snapshots')
      .where({ environment_id: environmentId })
      .orderBy('snapshot_index', 'desc')
      .limit(page.limit)
      .offset(page.offset);
    return rows.map(toSnapshot);
  }

  async latestSnapshot(environmentId: string): Promise<Snapshot | undefined> {
    const row = await this.db('snapshots')
      .where({ environment_id: environmentId })
      .orderBy('snapshot_index', 'desc')
      .first();
    return row && toSnapshot(row);
  }

  async snapshotByIndex(
    environmentId: string,
    index: number,
  ): Promise<Snapshot | undefined> {
    const row = await this.db('snapshots')
      .where({ environment_id: environmentId, snapshot_index: index })
      .first();
    return row && toSnapshot(row);
  }

  /** Snapshots `from`..`to` (numbers, both included), oldest first. */
  async snapshotsBetween(
    environmentId: string,
    from: number,
    to: number,
  ): Promise<Snapshot[]> {
    const rows = await this.db('snapshots')
      .where({ environment_id: environmentId })
      .whereBetween('snapshot_index', [from, to])
      .orderBy('snapshot_index', 'asc');
    return rows.map(toSnapshot);
  }

  /**
   * The environments of an org whose snapshots ever held a digest: the last snapshot that held it
   * and their latest one (running when they are the same).
   */
  async snapshotsHolding(
    org: string,
    sha256: string,
  ): Promise<
    Array<{ environmentName: string; lastHolding: number; latest: number }>
  > {
    const rows = await this.db('snapshots as s')
      .join('environments as e', 'e.id', 's.environment_id')
      .where('e.org', org)
      .whereNull('e.archived_at')
      .groupBy('e.id', 'e.name')
      .select(
        'e.name as name',
        this.db.raw(
          `max(case when s.artifacts like ? then s.snapshot_index end) as holding`,
          [`%"sha256":"${sha256.replace(/[^0-9a-f]/g, '')}"%`],
        ),
        this.db.raw('max(s.snapshot_index) as latest'),
      );
    return rows
      .filter(r => r.holding !== null && r.holding !== undefined)
      .map(r => ({
        environmentName: r.name,
        lastHolding: Number(r.holding),
        latest: Number(r.latest),
      }));
  }

  /** The snapshot that was current at a time: the last one recorded at or before it. */
  async snapshotAt(
    environmentId: string,
    time: Date,
  ): Promise<Snapshot | undefined> {
    const row = await this.db('snapshots')
      .where({ environment_id: environmentId })
      .andWhere('recorded_at', '<=', time)
      .orderBy('snapshot_index', 'desc')
      .first();
    return row && toSnapshot(row);
  }

  async createBaseline(
    environmentId: string,
    snapshotIndex: number,
    description: string,
    createdBy: string,
  ): Promise<Baseline> {
    const row = {
      id: newId(),
      environment_id: environmentId,
      snapshot_index: snapshotIndex,
      description,
      created_by: createdBy,
      created_at: new Date(),
    };
    await this.db('baselines').insert(row);
    return toBaseline(row);
  }

  async currentBaseline(environmentId: string): Promise<Baseline | undefined> {
    const row = await this.db('baselines')
      .where({ environment_id: environmentId })
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .first();
    return row && toBaseline(row);
  }

  async recordDrift(
    report: Omit<DriftReport, 'id' | 'createdAt'>,
  ): Promise<DriftReport> {
    const row = {
      id: newId(),
      environment_id: report.environmentId,
      baseline_id: report.baselineId,
      snapshot_index: report.snapshotIndex,
      has_drift: report.hasDrift,
      diff: JSON.stringify(report.diff),
      created_at: new Date(),
    };
    await this.db('drift_reports').insert(row);
    return toDrift(row);
  }

  async driftHistory(
    environmentId: string,
    page: Page,
  ): Promise<DriftReport[]> {
    const rows = await this.db('drift_reports')
      .where({ environment_id: environmentId })
      .orderBy('created_at', 'desc')
      .limit(page.limit)
      .offset(page.offset);
    return rows.map(toDrift);
  }

  async addAllowlistEntry(
    entry: Omit<AllowlistEntry, 'id' | 'createdAt'>,
  ): Promise<AllowlistEntry> {
    const row = {
      id: newId(),
      environment_id: entry.environmentId,
      sha256: entry.sha256 ?? null,
      name_pattern: entry.namePattern ?? null,
      reason: entry.reason,
      expires_at: entry.expiresAt ? new Date(entry.expiresAt) : null,
      created_by: entry.createdBy,
      created_at: new Date(),
    };
    await this.db('allowlist').insert(row);
    return toAllow(row);
  }

  async allowlist(environmentId: string): Promise<AllowlistEntry[]> {
    return (
      await this.db('allowlist')
        .where({ environment_id: environmentId })
        .orderBy('created_at')
    ).map(toAllow);
  }

  async removeAllowlistEntry(
    environmentId: string,
    id: string,
  ): Promise<boolean> {
    return (
      (await this.db('allowlist')
        .where({ environment_id: environmentId, id })
        .delete()) > 0
    );
  }
}
