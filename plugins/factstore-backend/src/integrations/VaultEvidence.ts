import { ServiceUnavailableError } from '@backstage/errors';
import {
  BadGatewayError,
  guardedRequest,
  type OutboundPolicy,
} from '@fawkes/backend-http';

export interface VaultSettings {
  /** Vault's address, e.g. https://vault.example.com:8200. */
  url: string;
  token: string;
  /** The KV v2 secrets engine's mount. Default `secret`. */
  mount: string;
  /** Vault Enterprise namespace, when one is used. */
  namespace?: string;
}

/** What is stored about one piece of evidence (OpenFactstore's VaultEvidenceResponse). */
export interface VaultEvidence {
  entityType: string;
  entityId: string;
  evidenceType: string;
  vaultPath: string;
  version: number;
  data?: Record<string, string>;
  storedAt: string;
}

export interface EvidenceKey {
  entityType: string;
  entityId: string;
  evidenceType: string;
}

interface VaultAnswer {
  status: number;
  json: any;
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every(x => typeof x === 'string');

/**
 * A KV v2 version's metadata (`version`, `created_time`), or a 502 naming Vault when its answer
 * does not have them: an upstream that answers unexpectedly is a bad gateway, not our error.
 */
function versionOf(
  metadata: unknown,
  what: string,
): { version: number; storedAt: string } {
  const m = (metadata ?? {}) as { version?: unknown; created_time?: unknown };
  const version = Number(m.version);
  const created =
    typeof m.created_time === 'string' ? new Date(m.created_time) : undefined;
  if (
    !Number.isInteger(version) ||
    version < 1 ||
    !created ||
    Number.isNaN(created.getTime())
  )
    throw new BadGatewayError(
      `Vault answered HTTP 200 for ${what} without a KV v2 version and created_time`,
    );
  return { version, storedAt: created.toISOString() };
}

/**
 * Evidence in HashiCorp Vault's KV v2 secrets engine, over its HTTP API, at
 * `<mount>/data/evidence/<entityType>/<entityId>/<evidenceType>`. Deleting is KV v2's soft delete
 * of the latest version: Vault keeps it (undelete restores it) until it is destroyed.
 */
export class VaultEvidenceStore {
  constructor(
    private readonly settings: VaultSettings | undefined,
    private readonly outbound: OutboundPolicy & { timeoutMs: number },
  ) {}

  private path(entityType: string, entityId: string, evidenceType?: string) {
    return ['evidence', entityType, entityId, evidenceType]
      .filter((s): s is string => s !== undefined)
      .map(encodeURIComponent)
      .join('/');
  }

  private async call(
    method: string,
    path: string,
    body?: object,
  ): Promise<VaultAnswer> {
    const vault = this.settings;
    if (!vault)
      throw new ServiceUnavailableError(
        'Vault evidence is not available: factstore.vault is not configured',
      );
    let answer;
    try {
      answer = await guardedRequest(
        `${vault.url.replace(/\/+$/, '')}/v1/${path}`,
        {
          method,
          headers: {
            'x-vault-token': vault.token,
            ...(vault.namespace && { 'x-vault-namespace': vault.namespace }),
            ...(body && { 'content-type': 'application/json' }),
          },
          body: body && JSON.stringify(body),
          timeoutMs: this.outbound.timeoutMs,
        },
        this.outbound,
      );
    } catch (error) {
      throw new BadGatewayError(
        `Vault could not be reached: ${(error as Error).message}`,
      );
    }
    const text = answer.body.toString('utf8');
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: answer.status, json };
  }

  /** Vault's own words for a failure, never the token. */
  private failure(what: string, answer: VaultAnswer): never {
    const errors = Array.isArray(answer.json?.errors)
      ? `: ${answer.json.errors.join('; ')}`
      : '';
    throw new BadGatewayError(
      `Vault refused to ${what} (HTTP ${answer.status})${errors}`,
    );
  }

  async store(
    key: EvidenceKey,
    data: Record<string, string>,
  ): Promise<VaultEvidence> {
    const path = this.path(key.entityType, key.entityId, key.evidenceType);
    const mount = this.settings?.mount ?? 'secret';
    const answer = await this.call('POST', `${mount}/data/${path}`, { data });
    if (answer.status !== 200) this.failure('store the evidence', answer);
    const written = versionOf(answer.json?.data, 'the evidence it stored');
    return { ...key, vaultPath: `${mount}/data/${path}`, ...written };
  }

  /** The latest version; undefined when there is none or it was deleted. */
  async read(key: EvidenceKey): Promise<VaultEvidence | undefined> {
    const path = this.path(key.entityType, key.entityId, key.evidenceType);
    const mount = this.settings?.mount ?? 'secret';
    const answer = await this.call('GET', `${mount}/data/${path}`);
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) this.failure('read the evidence', answer);
    const { data, metadata } = answer.json?.data ?? {};
    const version = versionOf(metadata, 'the evidence it read');
    if (!isStringRecord(data))
      throw new BadGatewayError(
        'Vault answered HTTP 200 for the evidence it read without its key-value data',
      );
    return { ...key, vaultPath: `${mount}/data/${path}`, data, ...version };
  }

  /** The evidence types stored for an entity (KV v2 LIST on its metadata). */
  async list(entityType: string, entityId: string): Promise<string[]> {
    const mount = this.settings?.mount ?? 'secret';
    const answer = await this.call(
      'GET',
      `${mount}/metadata/${this.path(entityType, entityId)}?list=true`,
    );
    if (answer.status === 404) return [];
    if (answer.status !== 200) this.failure('list the evidence', answer);
    return (answer.json?.data?.keys ?? []).filter(
      (k: string) => !k.endsWith('/'),
    );
  }

  /** Soft-deletes the latest version; false when there was nothing to delete. */
  async softDelete(key: EvidenceKey): Promise<boolean> {
    if (!(await this.read(key))) return false;
    const path = this.path(key.entityType, key.entityId, key.evidenceType);
    const mount = this.settings?.mount ?? 'secret';
    const answer = await this.call('DELETE', `${mount}/data/${path}`);
    if (answer.status !== 204 && answer.status !== 200)
      this.failure('delete the evidence', answer);
    return true;
  }

  /** Vault's `sys/health`: reachable, initialised and unsealed. */
  async health() {
    const checkedAt = new Date().toISOString();
    const vaultUri = this.settings?.url ?? '';
    const base = { vaultUri, authMethod: 'token', checkedAt };
    try {
      const answer = await this.call('GET', 'sys/health');
      const h = answer.json ?? {};
      const healthy = answer.status === 200 && h.initialized && !h.sealed;
      return {
        ...base,
        healthy: !!healthy,
        message: healthy
          ? `Vault ${h.version ?? ''} is initialised and unsealed`.replace(
              '  ',
              ' ',
            )
          : `Vault answered HTTP ${answer.status}${h.sealed ? ': sealed' : ''}${h.initialized === false ? ': not initialised' : ''}`,
      };
    } catch (error) {
      return { ...base, healthy: false, message: (error as Error).message };
    }
  }
}
