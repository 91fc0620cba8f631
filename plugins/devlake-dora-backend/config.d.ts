export interface Config {
  /** Configuration of the devlake (DORA metrics) plugin. */
  devlake?: {
    /** Environments whose deployments count for DORA (case-insensitive). Default: ['prod', 'production']. */
    productionEnvironments?: string[];
    /** Environment of Argo CD and Jenkins events that name none. Default: production. */
    defaultEnvironment?: string;
    /**
     * An incident links to the last deployment before it only if that finished at most this many
     * hours earlier. Default: unset, any earlier deployment (DevLake's rule).
     */
    incidentWindowHours?: number;
    /**
     * Most rows of deployments, commits, incidents and pull requests one metrics request may read
     * from the plugin's database (both periods and the lookback); above it the request answers 400
     * asking for a project, a team or a shorter period. Default: 500000 (about 0.5 GB of heap).
     * Figures computed in the database hold no rows in the backend: on PostgreSQL they are bounded
     * only when this is set, on SQLite (whose statements run on the event loop) by the default too.
     */
    maxFactRows?: number;
    /** Days (YYYY-MM-DD, UTC) taken out of time in every metrics request, as weekends are with excludeWeekends. */
    holidays?: string[];
    /**
     * Whose definitions a metrics request that names none follows: `dora` (default) or `devlake`
     * (DevLake's dashboards: lead time per pull request, change failure rate without rollbacks).
     */
    definitions?: 'dora' | 'devlake';
    /**
     * Named sets of performance bands, `benchmark=<name>` (e.g. `custom`). A bound left out is the
     * 2023 report's; bounds are elite, high, medium upper bounds.
     */
    benchmarks?: {
      [name: string]: {
        deploymentDays?: {
          elitePerWeek?: number;
          highPerWeek?: number;
          mediumPerMonth?: number;
        };
        leadTimeHours?: number[];
        changeFailureRatePercent?: number[];
        timeToRestoreHours?: number[];
      };
    };
    /** Shared secrets that incoming webhooks are verified with, one per source; a source without one refuses all. */
    webhooks?: {
      [source: string]: {
        /**
         * Unset (e.g. its environment variable is missing): the source refuses every delivery.
         * @visibility secret
         */
        secret?: string;
      };
    };
    /** An existing Apache DevLake whose data the metrics also read, so DevLake users need no re-ingestion. */
    source?: {
      /** Its MySQL/MariaDB database, read only (a knex mysql2 connection). */
      database?: {
        connection: {
          host: string;
          port?: number;
          user: string;
          /** @visibility secret */
          password?: string;
          database: string;
        };
      };
    };
    /** DevLake webhook connections: what `/plugins/webhook/:connectionId/...` and `by-name/:name` address. */
    connections?: Array<{
      id: number;
      name: string;
      /** Project the connection's events belong to. Default: its name. */
      project?: string;
    }>;
  };
}
