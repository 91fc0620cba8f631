import {
  ApiBlueprint,
  createApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { FactstoreClient } from '@fawkes/plugin-factstore-common';

/** The factstore backend, called with the signed-in user's token. */
export const factstoreApiRef = createApiRef<FactstoreClient>({
  id: 'plugin.factstore.client',
});

export const factstoreApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: factstoreApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new FactstoreClient({
          discoveryApi,
          fetchApi,
        }),
    }),
});
