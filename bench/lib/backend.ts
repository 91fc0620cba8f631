import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createServiceFactory,
  type BackendFeature,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

export interface BenchBackend {
  baseUrl: string;
  /** A static service token the backend accepts. */
  token: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** PostgreSQL for benchmarks: the machine's server unless BENCH_POSTGRES_URL says otherwise. */
export const benchPostgresConnection = () =>
  process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';

/**
 * Starts a real backend (backend-defaults, production code paths) with the given features, on
 * SQLite unless `database` is given, with a static token for the load generator.
 */
export async function startBenchBackend(options: {
  features: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
  config?: JsonObject;
  /** e.g. `{ client: 'pg', connection: benchPostgresConnection(), prefix: 'bench_x_' }` */
  database?: JsonObject;
}): Promise<BenchBackend> {
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const data: JsonObject = {
    ...options.config,
    backend: {
      baseUrl: `http://127.0.0.1:${port}`,
      listen: { port, host: '127.0.0.1' },
      database: options.database ?? {
        client: 'better-sqlite3',
        connection: ':memory:',
      },
      auth: {
        externalAccess: [
          { type: 'static', options: { token, subject: 'bench' } },
        ],
      },
      ...((options.config?.backend as JsonObject | undefined) ?? {}),
    },
  };
  const backend = createBackend();
  backend.add(
    createServiceFactory({
      service: coreServices.rootConfig,
      deps: {},
      factory: () => new ConfigReader(data),
    }),
  );
  for (const feature of options.features) backend.add(feature);
  await backend.start();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    token,
    stop: () => backend.stop(),
  };
}
