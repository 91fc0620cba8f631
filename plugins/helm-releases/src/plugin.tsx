import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { helmReleasesApi } from './api';

/** On every component: without the release annotation it says what to add. */
const helmTab = EntityContentBlueprint.make({
  name: 'releases',
  params: {
    path: '/helm',
    title: 'Helm',
    filter: entity => entity.kind.toLowerCase() === 'component',
    loader: () =>
      import('./components/HelmReleasesContent').then(m => (
        <m.HelmReleasesContent />
      )),
  },
});

/** Helm releases in the portal: the entity tab with releases, history, diff, rollback, upgrade. */
export const helmReleasesPlugin = createFrontendPlugin({
  pluginId: 'helm-releases',
  title: 'Helm releases',
  extensions: [helmReleasesApi, helmTab],
});
