import {
  createFrontendPlugin,
  createRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import ComputerIcon from '@material-ui/icons/Computer';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { cheLauncherApi } from './api';

export const rootRouteRef = createRouteRef();

const myWorkspacesPage = PageBlueprint.make({
  params: {
    path: '/che-workspaces',
    title: 'My workspaces',
    routeRef: rootRouteRef,
    // A page with a title and an icon is a nav item of the app's sidebar.
    icon: <ComputerIcon fontSize="inherit" />,
    loader: () =>
      import('./components/MyWorkspacesPage').then(m => <m.MyWorkspacesPage />),
  },
});

/** On every component: without a devfile annotation it says what to add. */
const openInCheCard = EntityCardBlueprint.make({
  name: 'open-in-che',
  params: {
    filter: entity => entity.kind.toLowerCase() === 'component',
    loader: () =>
      import('./components/OpenInCheCard').then(m => <m.OpenInCheCard />),
  },
});

/** Eclipse Che workspaces in the portal: the Open in Che card and the My workspaces page. */
export const cheLauncherPlugin = createFrontendPlugin({
  pluginId: 'che-launcher',
  title: 'Che workspaces',
  icon: <ComputerIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [cheLauncherApi, myWorkspacesPage, openInCheCard],
});
