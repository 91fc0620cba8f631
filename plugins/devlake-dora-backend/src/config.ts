import type { Config } from '@backstage/config';
import {
  DEFINITIONS,
  type Definitions,
} from '@fawkes/plugin-devlake-dora-common';
import type { WebhookConnection } from './ingestion/devlake';
import { readBenchmarkSets, type BenchmarkSet } from './metrics/benchmarkSets';
import { parseHolidays } from './metrics/holidays';
import {
  WEBHOOK_SOURCES,
  type WebhookSource,
} from './ingestion/WebhookVerifier';

/** The plugin's settings, read once at start from `devlake.*`. */
export interface DevlakeSettings {
  productionEnvironments: string[];
  defaultEnvironment: string;
  incidentWindowHours: number | null;
  /** Most deployment, commit, incident and pull request rows one metrics request may read. */
  maxFactRows: number;
  /**
   * `maxFactRows` when set explicitly: figures aggregated in the database hold no rows in the
   * backend, so only an operator's own limit bounds them.
   */
  maxAggregatedRows?: number;
  secrets: Partial<Record<WebhookSource, string>>;
  connections: WebhookConnection[];
  /** The existing DevLake database to read, when configured. */
  sourceDatabase?: Record<string, unknown>;
  /** Days (00:00 UTC) out of time in every metrics request, like weekends. */
  holidays: number[];
  /** The definitions a request that names none follows. */
  definitions: Definitions;
  benchmarkSets: BenchmarkSet[];
}

function definitionsOf(value: string | undefined): Definitions {
  if (value === undefined) return 'dora';
  if (!(DEFINITIONS as readonly string[]).includes(value))
    throw new Error(
      `devlake.definitions must be one of ${DEFINITIONS.join(', ')}, got ${value}`,
    );
  return value as Definitions;
}

/**
 * A request at the limit peaks at 0.5 to 0.75 GB of heap (measured on PostgreSQL: 1 to 1.5 KB a
 * row, each commit's deployment link included) and computes for a few seconds: within the heap
 * Node gives a process on a host or container of 4 GB (a quarter of its memory). A team of ten
 * projects as busy as the benchmark's (1,000 deployments and 10,000 commits each a year) over a
 * year reads about 220,000 rows, the period before it included.
 */
export const DEFAULT_MAX_FACT_ROWS = 500_000;

function positiveInteger(value: number, key: string): number {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(
      `${key} must be a whole number of at least 1, got ${value}`,
    );
  return value;
}

/**
 * The limit on the rows a request's figures aggregated in the database may cover: the operator's
 * own (`maxAggregatedRows`), else, where the database's statements run on the event loop
 * (SQLite), the default `maxFactRows`, since one statement over every project's year would hold
 * the whole backend for seconds; else none.
 */
export function aggregatedRowLimit(
  settings: Pick<DevlakeSettings, 'maxFactRows' | 'maxAggregatedRows'>,
  statementsHoldLoop: boolean,
): number | undefined {
  return (
    settings.maxAggregatedRows ??
    (statementsHoldLoop ? settings.maxFactRows : undefined)
  );
}

export function readSettings(config: Config): DevlakeSettings {
  const root = config.getOptionalConfig('devlake');
  const secrets: Partial<Record<WebhookSource, string>> = {};
  for (const source of WEBHOOK_SOURCES) {
    const secret = root?.getOptionalString(`webhooks.${source}.secret`);
    if (secret) secrets[source] = secret;
  }
  return {
    productionEnvironments: root?.getOptionalStringArray(
      'productionEnvironments',
    ) ?? ['prod', 'production'],
    defaultEnvironment:
      root?.getOptionalString('defaultEnvironment') ?? 'production',
    incidentWindowHours: root?.getOptionalNumber('incidentWindowHours') ?? null,
    maxFactRows: positiveInteger(
      root?.getOptionalNumber('maxFactRows') ?? DEFAULT_MAX_FACT_ROWS,
      'devlake.maxFactRows',
    ),
    maxAggregatedRows: root?.has('maxFactRows')
      ? positiveInteger(root.getNumber('maxFactRows'), 'devlake.maxFactRows')
      : undefined,
    secrets,
    sourceDatabase: root
      ?.getOptionalConfig('source.database.connection')
      ?.get<Record<string, unknown>>(),
    holidays: parseHolidays(
      root?.getOptionalStringArray('holidays') ?? [],
      'devlake.holidays',
    ),
    definitions: definitionsOf(root?.getOptionalString('definitions')),
    benchmarkSets: readBenchmarkSets(root),
    connections: (root?.getOptionalConfigArray('connections') ?? []).map(c => ({
      id: c.getNumber('id'),
      name: c.getString('name'),
      project: c.getOptionalString('project') ?? c.getString('name'),
    })),
  };
}
