import type { Config } from '@backstage/config';
import type { AwsCredentialsManager } from '@backstage/integration-aws-node';

type SdkCredentials = Awaited<
  ReturnType<AwsCredentialsManager['getCredentialProvider']>
>['sdkCredentialProvider'];
import {
  runLimited,
  throwIfAborted,
} from '@fawkes/plugin-cloud-extractor-node';
import type {
  CloudProvider,
  ScanRequest,
  ScanSink,
  ServiceDescription,
} from '@fawkes/plugin-cloud-extractor-node';
import { AWS_REGION_NAMES, awsPartitionOf } from './awsPartitions';
import { AWS_SERVICES } from './allAwsServices';
import { type AwsListContext, type AwsService } from './awsServices';

export interface AwsProviderOptions {
  accounts: string[];
  /** Regions scanned when a trigger names none. */
  regions: string[];
  /** Regions scanned at once per account. */
  regionConcurrency: number;
  /** Services listed at once within one region. */
  serviceConcurrency: number;
  /** Tag calls at once per (service, region) for services whose listing has no tags; default 10. */
  tagConcurrency?: number;
  /** SDK attempts per call; retries use the adaptive mode, which also slows down on throttling. */
  maxAttempts: number;
  /** An endpoint for every client (LocalStack, tests); the AWS endpoints when unset. */
  endpoint?: string;
  /** The services this installation extracts; all of them when unset. */
  services?: string[];
}

export function readAwsProviderOptions(config: Config): AwsProviderOptions {
  return {
    accounts: config.getStringArray('accounts'),
    regions: config.getOptionalStringArray('regions') ?? ['us-east-1'],
    regionConcurrency: config.getOptionalNumber('regionConcurrency') ?? 4,
    serviceConcurrency: config.getOptionalNumber('serviceConcurrency') ?? 3,
    tagConcurrency: config.getOptionalNumber('tagConcurrency'),
    maxAttempts: config.getOptionalNumber('maxAttempts') ?? 5,
    endpoint: config.getOptionalString('endpoint'),
    services: config.getOptionalStringArray('services'),
  };
}

/**
 * AWS through SDK v3: one client per (account, region, service), each with adaptive retry, so the
 * client-side rate limiter tracks exactly one throttling scope.
 */
export class AwsProvider implements CloudProvider {
  readonly name = 'aws';
  readonly regionNames = AWS_REGION_NAMES;

  constructor(
    private readonly options: AwsProviderOptions,
    private readonly credentials: Pick<
      AwsCredentialsManager,
      'getCredentialProvider'
    >,
    services?: AwsService[],
  ) {
    const all = services ?? AWS_SERVICES;
    const unknown = (options.services ?? []).filter(
      name => !all.some(s => s.service === name),
    );
    if (unknown.length > 0) {
      throw new Error(
        `cloudExtractor.providers.aws.services: unknown ${unknown.join(', ')}; known: ${all.map(s => s.service).join(', ')}`,
      );
    }
    const foreign = options.regions.filter(
      region => !AWS_REGION_NAMES.owns(region),
    );
    if (foreign.length > 0) {
      throw new Error(
        `cloudExtractor.providers.aws.regions: ${foreign.join(', ')} ${foreign.length === 1 ? 'is' : 'are'} not AWS; expected ${AWS_REGION_NAMES.expected}`,
      );
    }
    this.services_ = options.services
      ? all.filter(s => options.services!.includes(s.service))
      : all;
  }

  private readonly services_: AwsService[];

  /** The same provider limited to some services (tests, and installations that want fewer calls). */
  withServices(names: string[]): AwsProvider {
    return new AwsProvider(
      this.options,
      this.credentials,
      this.services_.filter(s => names.includes(s.service)),
    );
  }

  scopes(): string[] {
    return this.options.accounts;
  }

  services(): ServiceDescription[] {
    return this.services_.map(({ service, description, resource_types }) => ({
      service,
      description,
      resource_types,
      version: '1.0.0',
    }));
  }

  filterKeys(): string[] {
    return ['instance_state'];
  }

  async scan(
    account: string,
    request: ScanRequest,
    sink: ScanSink,
  ): Promise<void> {
    const { sdkCredentialProvider } =
      await this.credentials.getCredentialProvider({ accountId: account });
    const selected = this.services_.filter(s =>
      request.services.includes(s.service),
    );
    const regions = request.regions ?? this.options.regions;
    const globalRegion = regions[0] ?? 'us-east-1';

    const listInRegion = async (
      service: AwsService,
      region: string,
      label: string,
    ) => {
      throwIfAborted(request.signal);
      sink.position(service.service, label);
      const clients = new Map<unknown, unknown>();
      const untagged = { resources: 0, firstError: undefined as unknown };
      const ctx: AwsListContext = {
        account,
        region: label,
        // From the region called, not the label: S3 and IAM are listed as 'global' in the first region.
        partition: awsPartitionOf(region) ?? 'aws',
        filters: request.filters,
        client: <C>(
          ctor: new (config: any) => C,
          config?: Record<string, unknown>,
        ): C => {
          if (!clients.has(ctor))
            clients.set(
              ctor,
              this.client(ctor, region, sdkCredentialProvider, config),
            );
          return clients.get(ctor) as C;
        },
        tagConcurrency: this.options.tagConcurrency ?? 10,
        tagsFailed: (error, resources) => {
          untagged.resources += resources;
          untagged.firstError ??= error;
        },
      };
      try {
        for await (const page of service.list(ctx)) {
          throwIfAborted(request.signal);
          if (page.length > 0) await sink.resources(page);
        }
        // The resources are listed without their tags; the scan is not error-free, so no removals.
        if (untagged.resources > 0) {
          sink.failure({
            service: service.service,
            region: label,
            message: `Tags of ${untagged.resources} resource(s) could not be read; they were kept without tags. First error: ${describeError(untagged.firstError)}`,
          });
        }
      } catch (error) {
        if (request.signal.aborted) throw error;
        sink.failure({
          service: service.service,
          region: label,
          message: describeError(error),
        });
      } finally {
        for (const client of clients.values())
          (client as { destroy?: () => void }).destroy?.();
      }
    };

    const globals = selected.filter(s => s.global);
    const regional = selected.filter(s => !s.global);
    await runLimited(globals, this.options.serviceConcurrency, s =>
      listInRegion(s, globalRegion, 'global'),
    );
    await runLimited(regions, this.options.regionConcurrency, region =>
      runLimited(regional, this.options.serviceConcurrency, s =>
        listInRegion(s, region, region),
      ),
    );
  }

  private client<C>(
    Client: new (config: any) => C,
    region: string,
    credentials: SdkCredentials,
    config: Record<string, unknown> = {},
  ): C {
    return new Client({
      region,
      credentials,
      retryMode: 'adaptive',
      maxAttempts: this.options.maxAttempts,
      ...(this.options.endpoint
        ? { endpoint: this.options.endpoint, forcePathStyle: true }
        : {}),
      ...config,
    });
  }
}

function describeError(error: unknown): string {
  const e = error as {
    name?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const status = e?.$metadata?.httpStatusCode
    ? ` (HTTP ${e.$metadata.httpStatusCode})`
    : '';
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}${status}`;
}
