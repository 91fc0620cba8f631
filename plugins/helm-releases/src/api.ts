import {
  ApiBlueprint,
  createApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { HelmReleasesClient } from '@fawkes/plugin-helm-releases-common';

/** The helm-releases backend, called with the signed-in user's token. */
export const helmReleasesApiRef = createApiRef<HelmReleasesClient>({
  id: 'plugin.helm-releases.client',
});

export const helmReleasesApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: helmReleasesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new HelmReleasesClient({
          discoveryApi,
          fetchApi,
        }),
    }),
});
