import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  type KubernetesCluster,
  kubernetesClustersServiceRef,
} from '@fawkes/kubernetes-clusters';
import { ClusterIdentities } from './cluster/ClusterIdentities';
import { migrateDatabase } from './database/migrateDatabase';
import { readGoldenPathDevfiles } from './devfiles/goldenPathDevfiles';
import { scmTokenHeaders } from './fetch/scmTokenHeaders';
import {
  registerWorkspacePermissions,
  WorkspacePermissions,
} from './permissions/WorkspacePermissions';
import { cheWorkspacePermissionResourceRef } from './permissions/rules';
import { DevWorkspaceCache } from './workspaces/DevWorkspaceCache';
import { devEnvironmentsFromConfig } from './workspaces/devEnvironments';
import { Editors } from './workspaces/editors';
import { UserNamespaces } from './workspaces/UserNamespaces';
import {
  databaseErrorHandler,
  loadOwnModule,
  routerOnFirstRequest,
} from '@fawkes/backend-http';
import type { WorkspaceSetup } from './requestRouter';

/** requestRouter.ts and what only it imports, loaded by the first request (routerOnFirstRequest). */
const loadRequestRouter = () =>
  loadOwnModule(
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    () => require('./requestRouter') as typeof import('./requestRouter'),
    () => import('./requestRouter'),
  );

/** Eclipse Che workspaces (DevWorkspace resources) from devfiles, per user. */
export const cheLauncherPlugin = createBackendPlugin({
  pluginId: 'che-launcher',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        clusters: kubernetesClustersServiceRef,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        lifecycle,
        httpRouter,
        httpAuth,
        auth,
        auditor,
        permissions,
        permissionsRegistry,
        database,
        clusters,
        catalog,
      }) {
        const db = await migrateDatabase(database);
        const devfiles = readGoldenPathDevfiles(config);
        const editors = Editors.fromConfig(config);
        const devEnvironments = devEnvironmentsFromConfig(config);
        // Without a usable cluster the plugin still starts (health, devfiles) and its workspace
        // routes answer 503 saying why, so one missing cluster does not stop the whole backend.
        let workspaceSetup: WorkspaceSetup | string =
          'che-launcher has no Kubernetes cluster';
        let cluster: KubernetesCluster | undefined;
        try {
          cluster = clusters.get(
            config.getOptionalString('cheLauncher.cluster'),
          );
        } catch (error) {
          workspaceSetup = `che-launcher has no Kubernetes cluster: ${(error as Error).message}`;
          logger.error(workspaceSetup);
        }
        if (cluster) {
          const namespaces = UserNamespaces.fromConfig(config, cluster, logger);
          let cache: DevWorkspaceCache | undefined;
          if (config.getOptionalBoolean('cheLauncher.watchCache') ?? true) {
            // Started by the first workspace request, not here: see DevWorkspaceCache.
            const informer = new DevWorkspaceCache(cluster, logger);
            lifecycle.addShutdownHook(() => informer.stop());
            cache = informer;
          }
          // Read and checked here, so a bad config fails the start; the workspace domain itself
          // is built with the first request (requestRouter.ts).
          workspaceSetup = {
            cluster,
            namespaces,
            fetch: {
              allowedHosts: config.getOptionalStringArray(
                'cheLauncher.devfileFetch.allowedHosts',
              ),
              allowPrivateNetworks: config.getOptionalBoolean(
                'cheLauncher.devfileFetch.allowPrivateNetworks',
              ),
              ca: config.getOptionalStringArray(
                'cheLauncher.devfileFetch.extraCaCertificates',
              ),
            },
            editors,
            devEnvironments,
            limits: {
              maxWorkspacesPerUser: config.getOptionalNumber(
                'cheLauncher.limits.maxWorkspacesPerUser',
              ),
              maxRunningWorkspacesPerUser: config.getOptionalNumber(
                'cheLauncher.limits.maxRunningWorkspacesPerUser',
              ),
            },
            logger,
            cache,
            fetchHeaders: scmTokenHeaders(ScmIntegrations.fromConfig(config)),
            identities: ClusterIdentities.fromConfig(config, { catalog, auth }),
          };
        }
        if (
          config.getOptionalBoolean(
            'cheLauncher.devfileFetch.allowPrivateNetworks',
          )
        ) {
          logger.warn(
            'cheLauncher.devfileFetch.allowPrivateNetworks is on: devfile URLs may reach private networks (local testing only)',
          );
        }
        registerWorkspacePermissions(permissionsRegistry, cluster?.name ?? '');
        const workspacePermissions = new WorkspacePermissions(
          permissions,
          permissionsRegistry.getPermissionRuleset(
            cheWorkspacePermissionResourceRef,
          ),
        );
        httpRouter.use(
          routerOnFirstRequest(async () =>
            (await loadRequestRouter()).createRequestRouter({
              httpAuth,
              auditor,
              permissions,
              db,
              devfiles,
              catalog,
              workspaceSetup,
              workspacePermissions,
            }),
          ),
        );
        httpRouter.use(databaseErrorHandler(logger));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
