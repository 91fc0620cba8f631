import type { Knex } from 'knex';

export interface WorkspaceLaunch {
  userRef: string;
  cluster: string;
  namespace: string;
  workspaceName: string;
  workspaceUid: string;
  devfileUrl?: string;
  entityRef?: string;
  createdAt: Date;
}

/** The `workspace_launches` table: every SQL statement about launches. */
export class LaunchStore {
  constructor(private readonly db: Knex) {}

  async record(launch: WorkspaceLaunch): Promise<void> {
    await this.db('workspace_launches')
      .insert({
        user_ref: launch.userRef,
        cluster: launch.cluster,
        namespace: launch.namespace,
        workspace_name: launch.workspaceName,
        workspace_uid: launch.workspaceUid,
        devfile_url: launch.devfileUrl ?? null,
        entity_ref: launch.entityRef ?? null,
        created_at: launch.createdAt,
      })
      .onConflict(['cluster', 'workspace_uid'])
      .ignore();
  }

  /** Where a workspace of that uid lives, if the plugin created it. */
  async locate(
    cluster: string,
    workspaceUid: string,
  ): Promise<{ namespace: string; workspaceName: string } | undefined> {
    const row = await this.db('workspace_launches')
      .where({ cluster, workspace_uid: workspaceUid })
      .first('namespace', 'workspace_name');
    return row
      ? { namespace: row.namespace, workspaceName: row.workspace_name }
      : undefined;
  }

  /**
   * Runs `fn` while holding the owner's row lock, so limit checks and the writes they allow are
   * serialised across every replica sharing the database. `fn` must not use this database: on
   * SQLite the transaction holds the only connection.
   */
  async withOwnerLock<T>(lockKey: string, fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(async tx => {
      await tx('workspace_owner_locks')
        .insert({ lock_key: lockKey })
        .onConflict('lock_key')
        .ignore();
      // SQLite has no row locks: its write transaction (taken by the insert above) is exclusive.
      if (!tx.client.config.client.toString().includes('sqlite')) {
        await tx('workspace_owner_locks')
          .where({ lock_key: lockKey })
          .forUpdate()
          .first();
      }
      return fn();
    });
  }

  async forget(cluster: string, workspaceUid: string): Promise<void> {
    await this.db('workspace_launches')
      .where({ cluster, workspace_uid: workspaceUid })
      .delete();
  }
}
