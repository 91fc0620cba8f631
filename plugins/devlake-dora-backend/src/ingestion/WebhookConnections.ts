import { InputError, NotFoundError } from '@backstage/errors';
import type { WebhookConnection } from './devlake';

/** The DevLake webhook connections of `devlake.connections`, as DevLake's routes designate them. */
export class WebhookConnections {
  constructor(private readonly connections: WebhookConnection[]) {}

  /** By `:connectionId` (a positive integer, as DevLake parses it) or `:connectionName`. */
  find(params: {
    connectionId?: string;
    connectionName?: string;
  }): WebhookConnection {
    const { connectionId, connectionName } = params;
    if (connectionName === undefined && !/^\d+$/.test(connectionId ?? '')) {
      throw new InputError(
        `connectionId: must be a positive integer, got ${JSON.stringify(connectionId)}`,
      );
    }
    const found =
      connectionName !== undefined
        ? this.connections.find(c => c.name === connectionName)
        : this.connections.find(c => c.id === Number(connectionId));
    if (!found) {
      const known =
        this.connections.map(c => `${c.id} (${c.name})`).join(', ') || 'none';
      throw new NotFoundError(
        `webhook connection ${connectionName ?? connectionId} is not configured in devlake.connections; known: ${known}`,
      );
    }
    return found;
  }
}
