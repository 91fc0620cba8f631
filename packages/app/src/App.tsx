import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import cheLauncherPlugin from '@fawkes/plugin-che-launcher';
import cloudExtractorPlugin from '@fawkes/plugin-cloud-extractor';
import devlakePlugin from '@fawkes/plugin-devlake-dora';
import factstorePlugin from '@fawkes/plugin-factstore';
import helmReleasesPlugin from '@fawkes/plugin-helm-releases';
import { navModule } from './modules/nav';

/**
 * The portal: the catalog and the suite's frontend plugins, installed as any app installs them
 * (each is one default export added to `features`).
 */
export default createApp({
  features: [
    navModule,
    catalogPlugin,
    cheLauncherPlugin,
    cloudExtractorPlugin,
    devlakePlugin,
    factstorePlugin,
    helmReleasesPlugin,
  ],
});
