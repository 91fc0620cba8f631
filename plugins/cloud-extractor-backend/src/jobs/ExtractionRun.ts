import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { providerName as entityProviderName } from '../catalog/EntityFeed';
import type { EntityFeed } from '../catalog/EntityFeed';
import type { EntityShapeOptions } from '../catalog/entityShape';
import { toEntity } from '../catalog/toEntity';
import type { ProviderRegistry } from '../providers/ProviderRegistry';
import type {
  CloudProvider,
  ScanFailure,
  ScanRequest,
  ScanSink,
} from '@fawkes/plugin-cloud-extractor-node';
import { emptyResults } from '../database/JobStore';
import type { NdjsonFiles } from '../transport/NdjsonFiles';
import {
  EMPTY_PROGRESS,
  type ExtractionRequest,
  type JobProgress,
  type JobResults,
  type JobStatus,
  type ScopeOutcome,
} from './types';

const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

export interface RunOutcome {
  status: JobStatus;
  progress: JobProgress;
  results: JobResults;
}

/** A catalog that read the feed this recently counts as connected in a job's results. */
const CONNECTED_WITHIN_MS = 10 * 60_000;

/**
 * Runs one extraction: every scope of every requested provider, written page by page into the
 * entity feed the catalog module reads. What a scope no longer has is removed only when the
 * request covered all of it and its scan finished without a single failure; otherwise only adds
 * and updates are written. Memory stays at one batch, whatever the scope's size.
 */
export class ExtractionRun {
  constructor(
    private readonly deps: {
      registry: ProviderRegistry;
      feed: EntityFeed;
      entityShape: EntityShapeOptions;
      logger: LoggerService;
      /** The optional NDJSON file transport. */
      files?: NdjsonFiles;
    },
  ) {}

  async execute(
    request: ExtractionRequest,
    onProgress: (progress: JobProgress) => void,
    signal: AbortSignal,
    jobId = 'job',
    checkpoint: () => Promise<void> = async () => {},
  ): Promise<RunOutcome> {
    const { registry, files } = this.deps;
    const run: RunState = {
      request,
      signal,
      jobId,
      checkpoint,
      progress: { ...EMPTY_PROGRESS },
      results: emptyResults(),
      services: new Set<string>(),
      regions: new Set<string>(),
      onProgress,
    };
    // Filters narrow what a scan finds, so a filtered scan never removes what it did not find.
    const filtered = Object.keys(request.filters).length > 0;

    for (const work of registry.plan(
      request.provider ?? undefined,
      request.services ?? undefined,
      request.regions ?? undefined,
    )) {
      const provider = registry.require(work.provider);
      if (signal.aborted) break;
      const whole = !filtered && registry.coversConfiguredScope(work);
      const scanRequest: ScanRequest = {
        services: work.services,
        regions: work.regions,
        filters: request.filters,
        signal,
      };
      if (provider.scanScopes) {
        await this.scanScopesTogether(run, provider, scanRequest, whole);
        continue;
      }
      for (const scope of provider.scopes()) {
        if (signal.aborted) break;
        await this.scanScope(run, provider, scope, scanRequest, whole);
      }
    }

    const { progress, results } = run;
    progress.current_service = null;
    progress.current_region = null;
    results.services_processed = run.services.size;
    results.regions_processed = run.regions.size;
    results.transport.destination =
      results.scopes
        .map(s => entityProviderName(s.provider, s.scope))
        .join(', ') || 'catalog';
    results.transport.files_destination = files ? files.directory : null;
    let status: JobStatus = 'completed';
    if (signal.aborted) status = 'cancelled';
    else if (
      results.scopes.length > 0 &&
      results.scopes.every(s => !s.complete)
    )
      status = 'failed';
    return { status, progress, results };
  }

  /** Scans one account, subscription or project and publishes it as the mutation rules allow. */
  private async scanScope(
    run: RunState,
    provider: CloudProvider,
    scope: string,
    request: ScanRequest,
    whole: boolean,
  ): Promise<void> {
    const scan = await this.openScope(run, provider, scope, whole);
    try {
      await provider.scan(scope, request, scan.sink);
    } catch (error) {
      // A cancelled scan is not a failure of the scope: its outcome says it is incomplete.
      if (!run.signal.aborted)
        scan.sink.failure({ service: '*', message: errorMessage(error) });
    }
    await scan.finish();
  }

  /**
   * Scans all scopes of a provider that reads them in one go (Azure: one Resource Graph query
   * across subscriptions). Each scope still has its own sink and its own mutation; an error that
   * ends the shared scan fails every scope, so nothing is removed anywhere.
   */
  private async scanScopesTogether(
    run: RunState,
    provider: CloudProvider,
    request: ScanRequest,
    whole: boolean,
  ): Promise<void> {
    const scopes = provider.scopes();
    const scans = new Map<string, ScopeScan>();
    for (const scope of scopes)
      scans.set(scope, await this.openScope(run, provider, scope, whole));
    try {
      await provider.scanScopes!(scopes, request, scope => {
        const scan = scans.get(scope);
        if (!scan)
          throw new Error(
            `${provider.name} returned resources of an unrequested scope ${scope}`,
          );
        return scan.sink;
      });
    } catch (error) {
      if (!run.signal.aborted)
        for (const scan of scans.values())
          scan.sink.failure({ service: '*', message: errorMessage(error) });
    }
    for (const scan of scans.values()) await scan.finish();
  }

  /**
   * A scope's sink, and `finish`, which applies the mutation its scan earned and records the
   * outcome. `whole`: the request covers all the provider is configured to scan, so a complete
   * scan may remove what it no longer found.
   */
  private async openScope(
    run: RunState,
    provider: CloudProvider,
    scope: string,
    whole: boolean,
  ): Promise<ScopeScan> {
    const { feed, entityShape, logger, files } = this.deps;
    const { request, signal, progress, results } = run;
    const providerName = entityProviderName(provider.name, scope);
    const scanStart = Date.now();
    const failures: ScanFailure[] = [];
    // Resources that could not become entities, per service and region: a removal would drop them.
    const unmapped = new Map<
      string,
      { service: string; region: string; count: number; first: string }
    >();
    let pending: Entity[] = [];
    // `all`: one query across every location, whose regions are those of the resources found.
    let acrossAllRegions = false;
    let found = 0;
    let published = 0;
    const file = files
      ? await files.open(run.jobId, provider.name, scope)
      : undefined;
    // Writes what is pending in chunks of batch_size; `all` also writes the last, shorter chunk.
    const flush = async (all: boolean) => {
      while (
        pending.length >= request.batch_size ||
        (all && pending.length > 0)
      ) {
        const page = pending.slice(0, request.batch_size);
        pending = pending.slice(request.batch_size);
        await feed.writePage(providerName, page, scanStart);
        published += page.length;
      }
    };

    const sink: ScanSink = {
      resources: async batch => {
        found += batch.length;
        await file?.write(batch);
        progress.total_resources += batch.length;
        progress.processed_resources += batch.length;
        for (const resource of batch) {
          if (acrossAllRegions && resource.region !== 'global')
            run.regions.add(resource.region);
          let entity: Entity;
          try {
            entity = toEntity(resource, providerName, entityShape);
          } catch (error) {
            progress.failed_resources += 1;
            logger.warn(`Could not map ${resource.id} to an entity: ${error}`);
            const key = `${resource.service}\n${resource.region}`;
            const entry = unmapped.get(key) ?? {
              service: resource.service,
              region: resource.region,
              count: 0,
              first: `${resource.id}: ${errorMessage(error)}`,
            };
            entry.count += 1;
            unmapped.set(key, entry);
            continue;
          }
          pending.push(entity);
        }
        await flush(false);
        run.onProgress({ ...progress });
        // Cancel is honoured within one page: the job is asked after each, and the scan stops here.
        await run.checkpoint();
        signal.throwIfAborted();
      },
      position: (service, region) => {
        run.services.add(service);
        // Global services (S3, IAM, CloudFront…) are listed once per account, not in a region.
        if (region === 'all') acrossAllRegions = true;
        else if (region !== 'global') run.regions.add(region);
        progress.current_service = service;
        progress.current_region = region;
        run.onProgress({ ...progress });
      },
      failure: failure => {
        failures.push(failure);
      },
    };

    const finish = async () => {
      for (const { service, region, count, first } of unmapped.values()) {
        failures.push({
          service,
          region,
          message: `${count} resource(s) could not be mapped to catalog entities; first: ${first}`,
        });
      }
      if (file) {
        await file.close();
        results.transport.files_created += 1;
      }

      // A cancel asked during the last page must not let a removal through.
      if (!signal.aborted) await run.checkpoint();
      const complete = failures.length === 0 && !signal.aborted;
      // A cancelled scan keeps the pages it wrote: adds and updates only, never a removal.
      if (!signal.aborted) await flush(true);
      let mutation: ScopeOutcome['mutation'] = published > 0 ? 'delta' : 'none';
      if (whole && complete) {
        await feed.removeUnseen(providerName, scanStart);
        mutation = 'full';
      }
      const connected = await feed.readWithin(CONNECTED_WITHIN_MS);
      if (!connected) {
        logger.warn(
          `No catalog has read the cloud-extractor entity feed lately; ${providerName}'s ${found} resources wait there`,
        );
      }
      results.resources_extracted += found;
      results.transport.entities_published += published;
      results.errors.push(
        ...failures.map(f => ({ provider: provider.name, scope, ...f })),
      );
      results.scopes.push({
        provider: provider.name,
        scope,
        resources: found,
        complete,
        mutation,
        catalog_connected: connected,
      });
    };
    return { sink, finish };
  }
}

interface ScopeScan {
  sink: ScanSink;
  finish(): Promise<void>;
}

/** What one run accumulates across its scopes. */
interface RunState {
  request: ExtractionRequest;
  signal: AbortSignal;
  jobId: string;
  /** Asks whether the job was cancelled meanwhile; aborts `signal` if so. */
  checkpoint: () => Promise<void>;
  progress: JobProgress;
  results: JobResults;
  services: Set<string>;
  regions: Set<string>;
  onProgress: (progress: JobProgress) => void;
}
