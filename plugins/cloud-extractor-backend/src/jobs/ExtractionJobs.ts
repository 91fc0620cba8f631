import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { JobStore } from '../database/JobStore';
import type { ProviderRegistry } from '../providers/ProviderRegistry';
import type { ExtractionRequest } from './types';
import { InputError } from '@backstage/errors';

/** Starting jobs: validates the request against the enabled providers, then queues it. */
export class ExtractionJobs {
  constructor(
    private readonly store: JobStore,
    private readonly registry: ProviderRegistry,
    private readonly onQueued: () => void,
  ) {}

  /**
   * 400 in the seed's words for an unknown or disabled provider, unknown services or filters;
   * 422 for a region no chosen provider owns.
   */
  validate(request: ExtractionRequest): void {
    const work = this.registry.plan(
      request.provider ?? undefined,
      request.services ?? undefined,
      request.regions ?? undefined,
    );
    const filterKeys = Object.keys(request.filters);
    if (filterKeys.length > 0) {
      const supported = new Set(
        work.flatMap(w => this.registry.require(w.provider).filterKeys()),
      );
      const unknown = filterKeys.filter(key => !supported.has(key));
      if (unknown.length > 0) {
        throw new InputError(
          `filters: unsupported filter(s) ${unknown.map(k => `'${k}'`).join(', ')}; supported: ${[...supported].join(', ') || 'none'}`,
        );
      }
    }
  }

  /** Queues a job and returns its id; inside `trx`, the caller wakes the runner after commit. */
  async trigger(
    request: ExtractionRequest,
    createdBy: string,
    trx?: Knex.Transaction,
    scheduleId?: string,
  ): Promise<string> {
    this.validate(request);
    const id = `job_${randomUUID().replace(/-/g, '')}`;
    await this.store.create(
      { id, request, createdBy, scheduleId, now: new Date() },
      trx,
    );
    if (!trx) this.onQueued();
    return id;
  }

  async estimatedCompletion(from: Date): Promise<string | null> {
    const average = await this.store.recentAverageDurationMs();
    return average === undefined
      ? null
      : new Date(from.getTime() + average).toISOString();
  }
}
