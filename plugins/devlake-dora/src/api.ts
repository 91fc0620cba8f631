import {
  ApiBlueprint,
  createApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { DevlakeClient } from '@fawkes/plugin-devlake-dora-common';

/** The devlake backend, called with the signed-in user's token. */
export const devlakeApiRef = createApiRef<DevlakeClient>({
  id: 'plugin.devlake.client',
});

export const devlakeApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: devlakeApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new DevlakeClient({ discoveryApi, fetchApi }),
    }),
});
