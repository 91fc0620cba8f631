import {
  createFrontendPlugin,
  createRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import TimelineIcon from '@material-ui/icons/Timeline';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { devlakeApi } from './api';

export const rootRouteRef = createRouteRef();

const doraPage = PageBlueprint.make({
  params: {
    path: '/dora',
    title: 'DORA metrics',
    routeRef: rootRouteRef,
    // A page with a title and an icon is a nav item of the app's sidebar.
    icon: <TimelineIcon fontSize="inherit" />,
    loader: () => import('./components/DoraPage').then(m => <m.DoraPage />),
  },
});

/** On every component: without the project annotation it says what to add. */
const doraCard = EntityCardBlueprint.make({
  name: 'dora-metrics',
  params: {
    filter: entity => entity.kind.toLowerCase() === 'component',
    loader: () =>
      import('./components/EntityDoraCard').then(m => <m.EntityDoraCard />),
  },
});

/** DORA metrics in the portal: the entity card and the DORA page. */
export const devlakePlugin = createFrontendPlugin({
  pluginId: 'devlake',
  title: 'DORA metrics',
  icon: <TimelineIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [devlakeApi, doraPage, doraCard],
});
