import cheLauncher from '@fawkes/plugin-che-launcher-backend';
import devlake from '@fawkes/plugin-devlake-dora-backend';
import factstore from '@fawkes/plugin-factstore-backend';
import helmReleases from '@fawkes/plugin-helm-releases-backend';
import { startPluginBackend } from '@fawkes/test-kit';

/*
 * The plugins' routers load with their first request (routerOnFirstRequest); what they read from
 * the config is still read and checked at start, so a bad config stops the backend there instead
 * of failing its first requests.
 */
describe('a bad config fails the start, not the first request', () => {
  it.each([
    [
      'che-launcher',
      cheLauncher,
      { cheLauncher: { cheCode: { version: 'latest' } } },
      /cheLauncher\.cheCode\.version "latest" must be a released tag/,
    ],
    [
      'devlake',
      devlake,
      { devlake: { maxFactRows: 0 } },
      /devlake\.maxFactRows must be a whole number of at least 1/,
    ],
    [
      'factstore',
      factstore,
      {
        factstore: {
          provenance: {
            sigstore: { trustedRootPath: '/nonexistent/trusted-root.json' },
          },
        },
      },
      /ENOENT.*\/nonexistent\/trusted-root\.json/,
    ],
    [
      'helm-releases',
      helmReleases,
      { helmReleases: { maxHistory: -1 } },
      /helmReleases\.maxHistory must be a whole number/,
    ],
  ])('%s', async (_pluginId, feature, config, message) => {
    await expect(
      startPluginBackend({ features: [feature], config }),
    ).rejects.toThrow(message);
  });
});
