/** One resource found in a cloud, before it becomes a catalog entity. */
export interface CloudResource {
  /** The provider that found it: aws, azure, gcp. */
  provider: string;
  /** The account, subscription or project it lives in. */
  scope: string;
  /** The cloud's canonical id: an ARN, an Azure resource id, a GCP full resource name. */
  id: string;
  /** The catalog `spec.type`, e.g. `ec2-instance`. */
  type: string;
  /** The extractor service that found it, e.g. `ec2`. */
  service: string;
  /** The region or location; `global` for global services. */
  region: string;
  /**
   * The resource's own name or id, which does not change while the resource exists: the readable
   * part of the entity name.
   */
  name: string;
  /** A display name that may change (GCP's displayName): only the entity title, never its name. */
  displayName?: string;
  tags: Record<string, string>;
  /** A link to the resource in the cloud console. */
  consoleUrl?: string;
}

/** What GET /extraction/services answers for one service. */
export interface ServiceDescription {
  service: string;
  description: string;
  resource_types: string[];
  version: string;
}

export type FilterValue = string | number | boolean;

/** One scope's share of an extraction: which services, regions and filters to use. */
export interface ScanRequest {
  services: string[];
  /** Only names the provider owns (see `regionNames`); undefined: the provider's configured regions. */
  regions?: string[];
  filters: Record<string, FilterValue>;
  signal: AbortSignal;
}

/** Where a provider sends what it finds while it scans. */
export interface ScanSink {
  /** A page of resources; awaited, so a slow consumer slows the scan instead of buffering. */
  resources(batch: CloudResource[]): Promise<void>;
  /**
   * The service and region being scanned now. `region` is a region the provider owns, `global`
   * for what is listed once per scope outside any region, or `all` for one query across every
   * location (its regions are then the ones of the resources it finds). Only regions are counted
   * in a job's `regions_processed`.
   */
  position(service: string, region: string): void;
  /** A part of the scan that failed; the scan continues but is no longer complete. */
  failure(failure: ScanFailure): void;
}

export interface ScanFailure {
  service: string;
  region?: string;
  message: string;
}

/** The region names a provider owns: a trigger's `regions` go only to the providers that own them. */
export interface RegionNames {
  owns(region: string): boolean;
  /** What such a name looks like, for error messages: "an AWS region such as us-east-1". */
  expected: string;
}

/**
 * A cloud provider, contributed by a backend module through the cloud-extractor extension point.
 * A module registers its provider only when the provider is configured.
 */
export interface CloudProvider {
  /** aws, azure, gcp, … */
  readonly name: string;
  /** Which region names are its own. */
  readonly regionNames: RegionNames;
  /** The accounts, subscriptions or projects it scans; each is one catalog entity provider. */
  scopes(): string[];
  services(): ServiceDescription[];
  /** Filter keys this provider understands in a trigger's `filters`. */
  filterKeys(): string[];
  /**
   * Scans one scope. Failures of one service or region go to `sink.failure`; a thrown error
   * means the whole scope failed.
   */
  scan(scope: string, request: ScanRequest, sink: ScanSink): Promise<void>;
  /**
   * Optional: scans all of `scopes` in one go (e.g. one query across subscriptions). Each resource
   * and each failure goes to the sink of its scope (`sinkOf(scope)`); a thrown error means the
   * whole scan failed, for every scope. The run then uses this instead of `scan`.
   */
  scanScopes?(
    scopes: string[],
    request: ScanRequest,
    sinkOf: (scope: string) => ScanSink,
  ): Promise<void>;
  /** Optional: releases what the provider holds (clients, connections); called at shutdown, after the jobs have stopped. */
  close?(): Promise<void>;
}
