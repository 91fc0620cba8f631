import type { Entity } from '@backstage/catalog-model';
import {
  extractInto,
  TEST_ACCOUNT,
} from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsProvider } from '../AwsProvider';
import { awsTestCredentials } from './awsTestCredentials';

/** Starts a local AWS endpoint on a free port; its URL and how to stop it. */
export async function listening(server: Server) {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

type Extraction = Awaited<ReturnType<typeof extractInto>>;

/**
 * A complete extraction of `services` for `TEST_ACCOUNT` in us-east-1 from a local endpoint, one
 * call at a time and no retry: the outcome, the catalog mutations and the entities of the first.
 */
export async function extractOverWire(
  endpointUrl: string,
  services: string[],
): Promise<Pick<Extraction, 'outcome' | 'mutations'> & { entities: Entity[] }> {
  const aws = new AwsProvider(
    {
      accounts: [TEST_ACCOUNT],
      regions: ['us-east-1'],
      regionConcurrency: 1,
      serviceConcurrency: 1,
      maxAttempts: 1,
      endpoint: endpointUrl,
    },
    awsTestCredentials(),
  ).withServices(services);
  const { outcome, mutations } = await extractInto(aws, [TEST_ACCOUNT], {
    provider: 'aws',
    services: null,
    regions: null,
    filters: {},
    batch_size: 100,
  });
  const first = mutations[0] as
    { entities?: Array<{ entity: Entity }> } | undefined;
  const entities = (first?.entities ?? []).map(d => d.entity);
  return { outcome, mutations, entities };
}
