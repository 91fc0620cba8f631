import {
  createFrontendPlugin,
  createRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import CloudIcon from '@material-ui/icons/Cloud';
import { cloudExtractorApi } from './api';
import { isCloudResource } from './annotations';

export const rootRouteRef = createRouteRef();

const adminPage = PageBlueprint.make({
  params: {
    path: '/cloud-extractor',
    title: 'Cloud extraction',
    // A page with a title and an icon is a nav item of the app's sidebar.
    icon: <CloudIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/CloudExtractorPage').then(m => (
        <m.CloudExtractorPage />
      )),
  },
});

/** On the entities the extractor published: where the resource lives and its tags. */
const cloudResourceCard = EntityCardBlueprint.make({
  name: 'cloud-resource',
  params: {
    filter: isCloudResource,
    loader: () =>
      import('./components/CloudResourceCard').then(m => (
        <m.CloudResourceCard />
      )),
  },
});

/** Cloud inventory in the portal: the extraction admin page and the cloud resource card. */
export const cloudExtractorPlugin = createFrontendPlugin({
  pluginId: 'cloud-extractor',
  title: 'Cloud extraction',
  icon: <CloudIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [cloudExtractorApi, adminPage, cloudResourceCard],
});
