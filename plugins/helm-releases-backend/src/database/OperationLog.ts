import type { Knex } from 'knex';

export interface ReleaseOperation {
  cluster: string;
  namespace: string;
  releaseName: string;
  operation: 'rollback' | 'upgrade' | 'recover';
  fromRevision?: number;
  toRevision?: number;
  outcome: 'succeeded' | 'failed';
  message?: string;
  actor: string;
}

/** Who rolled back, upgraded or recovered which release, and how it ended. */
export class OperationLog {
  constructor(private readonly db: Knex) {}

  async record(op: ReleaseOperation): Promise<void> {
    await this.db('release_operations').insert({
      cluster: op.cluster,
      namespace: op.namespace,
      release_name: op.releaseName,
      operation: op.operation,
      from_revision: op.fromRevision ?? null,
      to_revision: op.toRevision ?? null,
      outcome: op.outcome,
      message: op.message?.slice(0, 4000) ?? null,
      actor: op.actor,
      created_at: new Date(),
    });
  }

  /** Newest first. */
  async forRelease(
    cluster: string,
    namespace: string,
    releaseName: string,
    limit = 100,
  ) {
    const rows = await this.db('release_operations')
      .where({ cluster, namespace, release_name: releaseName })
      .orderBy('id', 'desc')
      .limit(limit);
    return rows.map(row => ({
      operation: row.operation as ReleaseOperation['operation'],
      fromRevision: row.from_revision ?? undefined,
      toRevision: row.to_revision ?? undefined,
      outcome: row.outcome as ReleaseOperation['outcome'],
      message: row.message ?? undefined,
      actor: row.actor as string,
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }
}
