import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { NavContentBlueprint } from '@backstage/plugin-app-react';
import { AppSidebar } from './AppSidebar';

/** The app's own sidebar layout; the items themselves come from the plugins' pages. */
export const navModule = createFrontendModule({
  pluginId: 'app',
  extensions: [NavContentBlueprint.make({ params: { component: AppSidebar } })],
});
