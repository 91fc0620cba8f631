import { ServiceUnavailableError } from '@backstage/errors';

/**
 * Whether a database error means the store cannot be used right now (unreachable, refusing
 * connections, overloaded or aborting the transaction, as a deadlock does), so the client should
 * try again later (503), rather than that the statement or its data is wrong.
 */
export function isStoreUnavailable(error: unknown): boolean {
  const e = error as { name?: string; code?: unknown; message?: string };
  const code = typeof e?.code === 'string' ? e.code : '';
  return (
    e?.name === 'KnexTimeoutError' ||
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      'ENOTFOUND',
      'SQLITE_BUSY',
      'SQLITE_CANTOPEN',
    ].includes(code) ||
    // PostgreSQL: connection exceptions, resources, operator intervention, rollbacks, refused
    // logins, the database gone, a lock not granted in time
    /^(08|53|57P|40|28|3D000|55P03)/.test(code) ||
    /Connection terminated|connection is closed|Cannot open database|is not currently accepting connections/i.test(
      e?.message ?? '',
    )
  );
}

/**
 * Runs a read of the plugin's own database: the store being unavailable answers 503, not 500,
 * telling the client what to do (`retry`: a webhook's sender delivers the event again later).
 */
export async function readStore<T>(
  read: () => Promise<T>,
  retry = 'try again later',
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isStoreUnavailable(error))
      throw new ServiceUnavailableError(
        `the event store is unavailable; ${retry}`,
        error as Error,
      );
    throw error;
  }
}
