import {
  ApiBlueprint,
  createApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { CheLauncherClient } from '@fawkes/plugin-che-launcher-common';

/** The che-launcher backend, called with the signed-in user's token. */
export const cheLauncherApiRef = createApiRef<CheLauncherClient>({
  id: 'plugin.che-launcher.client',
});

export const cheLauncherApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: cheLauncherApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new CheLauncherClient({ discoveryApi, fetchApi }),
    }),
});
