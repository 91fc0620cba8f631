import type { LoggerService } from '@backstage/backend-plugin-api';
import { DEFAULT_ENTITY_SHAPE } from '../catalog/entityShape';
import { ExtractionRun } from '../jobs/ExtractionRun';
import type { ExtractionRequest } from '../jobs/types';
import { ProviderRegistry } from '../providers/ProviderRegistry';
import type { CloudProvider } from '@fawkes/plugin-cloud-extractor-node';
import { capturingCatalog } from './capturingCatalog';

/** Tests read outcomes, not log lines. */
const silentLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child: () => silentLogger,
};

/**
 * Runs one extraction with the given provider into a capturing catalog of `scopes`, the way a
 * job runs it, and answers the outcome with the mutations the catalog received.
 */
export async function extractInto(
  provider: CloudProvider,
  scopes: string[],
  request: ExtractionRequest,
) {
  const catalog = capturingCatalog(
    request.provider ?? provider.name,
    ...scopes,
  );
  const run = new ExtractionRun({
    registry: new ProviderRegistry([provider]),
    feed: catalog.feed,
    entityShape: DEFAULT_ENTITY_SHAPE,
    logger: silentLogger,
  });
  const outcome = await run.execute(
    request,
    () => {},
    new AbortController().signal,
  );
  return { outcome, mutations: catalog.mutations, byScope: catalog.byScope };
}
