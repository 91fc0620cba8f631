import {
  createFrontendPlugin,
  createRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import AssignmentTurnedInIcon from '@material-ui/icons/AssignmentTurnedIn';
import { factstoreApi } from './api';

export const rootRouteRef = createRouteRef();

const approvalsPage = PageBlueprint.make({
  params: {
    path: '/approvals',
    title: 'Approvals',
    routeRef: rootRouteRef,
    // A page with a title and an icon is a nav item of the app's sidebar.
    icon: <AssignmentTurnedInIcon fontSize="inherit" />,
    loader: () =>
      import('./components/ApprovalsPage').then(m => <m.ApprovalsPage />),
  },
});

/** On every component: without the flow annotation it says what to add. */
const complianceTab = EntityContentBlueprint.make({
  name: 'compliance',
  params: {
    path: '/compliance',
    title: 'Compliance',
    filter: entity => entity.kind.toLowerCase() === 'component',
    loader: () =>
      import('./components/ComplianceContent').then(m => (
        <m.ComplianceContent />
      )),
  },
});

/** Compliance in the portal: the entity's flows and trails, and the approvals inbox. */
export const factstorePlugin = createFrontendPlugin({
  pluginId: 'factstore',
  title: 'Compliance',
  icon: <AssignmentTurnedInIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [factstoreApi, approvalsPage, complianceTab],
});
