import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_ENTITY_SHAPE } from '../catalog/entityShape';
import { ExtractionRun } from '../jobs/ExtractionRun';
import type { ExtractionRequest } from '../jobs/types';
import { ProviderRegistry } from '../providers/ProviderRegistry';
import type { CloudProvider } from '@fawkes/plugin-cloud-extractor-node';
import { capturingCatalog } from '../testing/capturingCatalog';

/**
 * Runs one extraction with the given provider into a capturing catalog of `scopes`, the way a
 * job runs it, and answers the outcome with the mutations the catalog received.
 */
export async function extractInto(
  provider: CloudProvider,
  scopes: string[],
  request: ExtractionRequest,
) {
  const catalog = await capturingCatalog(
    request.provider ?? provider.name,
    ...scopes,
  );
  const run = new ExtractionRun({
    registry: new ProviderRegistry([provider]),
    publisher: catalog.publisher,
    entityShape: DEFAULT_ENTITY_SHAPE,
    logger: mockServices.logger.mock(),
  });
  const outcome = await run.execute(
    request,
    () => {},
    new AbortController().signal,
  );
  return { outcome, mutations: catalog.mutations, byScope: catalog.byScope };
}
