import type { Config } from '@backstage/config';
import type { WebhookConnection } from './ingestion/devlake';
import { WEBHOOK_SOURCES, type WebhookSource } from './ingestion/WebhookVerifier';

/** The plugin's settings, read once at start from `devlake.*`. */
export interface DevlakeSettings {
  productionEnvironments: string[];
  defaultEnvironment: string;
  incidentWindowHours: number | null;
  secrets: Partial<Record<WebhookSource, string>>;
  connections: WebhookConnection[];
  /** The existing DevLake database to read, when configured. */
  sourceDatabase?: Record<string, unknown>;
}

export function readSettings(config: Config): DevlakeSettings {
  const root = config.getOptionalConfig('devlake');
  const secrets: Partial<Record<WebhookSource, string>> = {};
  for (const source of WEBHOOK_SOURCES) {
    const secret = root?.getOptionalString(`webhooks.${source}.secret`);
    if (secret) secrets[source] = secret;
  }
  return {
    productionEnvironments: root?.getOptionalStringArray('productionEnvironments') ?? ['prod', 'production'],
    defaultEnvironment: root?.getOptionalString('defaultEnvironment') ?? 'production',
    incidentWindowHours: root?.getOptionalNumber('incidentWindowHours') ?? null,
    secrets,
    sourceDatabase: root?.getOptionalConfig('source.database.connection')?.get<Record<string, unknown>>(),
    connections: (root?.getOptionalConfigArray('connections') ?? []).map(c => ({
      id: c.getNumber('id'),
      name: c.getString('name'),
      project: c.getOptionalString('project') ?? c.getString('name'),
    })),
  };
}
