import type { CloudProvider } from '@fawkes/plugin-cloud-extractor-node';
import { ProviderRegistry } from './ProviderRegistry';

/** A provider that only names its services and regions; nothing here scans. */
function provider(name: string, services: string[], ownRegion: RegExp) {
  return {
    name,
    regionNames: { owns: (r: string) => ownRegion.test(r), expected: name },
    scopes: () => ['scope'],
    services: () =>
      services.map(service => ({
        service,
        description: service,
        resource_types: [],
        version: '1.0.0',
      })),
    filterKeys: () => [],
    scan: async () => {},
  } satisfies CloudProvider;
}

describe('ProviderRegistry.coversConfiguredScope', () => {
  const registry = new ProviderRegistry(
    [
      provider('aws', ['ec2', 's3'], /^[a-z]{2}-[a-z]+-\d$/),
      provider('azure', ['compute'], /^[a-z]+\d?$/),
    ],
    {
      configuredRegions: name =>
        name === 'aws' ? ['us-east-1', 'eu-west-1'] : undefined,
    },
  );
  const covers = (
    name: string | undefined,
    services: string[] | undefined,
    regions?: string[],
  ) =>
    Object.fromEntries(
      registry
        .plan(name, services, regions)
        .map(work => [work.provider, registry.coversConfiguredScope(work)]),
    );

  it('counts a request naming every configured service and region as the whole scope', () => {
    expect(covers(undefined, undefined)).toEqual({ aws: true, azure: true });
    expect(covers('aws', ['s3', 'ec2'], ['eu-west-1', 'us-east-1'])).toEqual({
      aws: true,
    });
    // More regions than configured still scan all the configured ones.
    expect(
      covers('aws', undefined, ['us-east-1', 'eu-west-1', 'ap-south-1']),
    ).toEqual({ aws: true });
    // Each provider on its own: AWS's regions named, Azure's left to its default.
    expect(covers(undefined, ['ec2', 's3', 'compute'])).toEqual({
      aws: true,
      azure: true,
    });
  });

  it('counts less than the configured scope, or regions left to a default, as a part', () => {
    expect(covers('aws', ['ec2'])).toEqual({ aws: false });
    expect(covers('aws', ['ec2', 's3'], ['us-east-1'])).toEqual({
      aws: false,
    });
    // Azure scans every location by default: no list of regions names all of them.
    expect(covers('azure', ['compute'], ['westeurope'])).toEqual({
      azure: false,
    });
    expect(
      covers(undefined, ['ec2', 's3', 'compute'], ['us-east-1', 'eu-west-1']),
    ).toEqual({ aws: true });
  });

  it('counts nothing but a request without regions as whole when no regions are configured', () => {
    const unconfigured = new ProviderRegistry([
      provider('aws', ['ec2'], /^[a-z]{2}-[a-z]+-\d$/),
    ]);
    const [named] = unconfigured.plan('aws', ['ec2'], ['us-east-1']);
    expect(unconfigured.coversConfiguredScope(named)).toBe(false);
    const [all] = unconfigured.plan('aws', ['ec2']);
    expect(unconfigured.coversConfiguredScope(all)).toBe(true);
  });
});
