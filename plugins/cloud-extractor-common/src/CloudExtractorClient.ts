import {
  createPluginClient,
  type PluginClientOptions,
} from '@fawkes/openapi-client';
import { DefaultApiClient } from './schema/client.generated';
import type { paths } from './schema/openapi.generated';

/**
 * The cloud-extractor API for a frontend (with `discoveryApi` and `fetchApi`) or another backend
 * (with the discovery service and a fetch that adds a service token). One method per route,
 * generated from the plugin's OpenAPI spec.
 */
export class CloudExtractorClient extends DefaultApiClient {
  constructor(options: PluginClientOptions) {
    super(createPluginClient<paths>('cloud-extractor', options));
  }
}
