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
import { LaunchStore } from './database/LaunchStore';
import { migrateDatabase } from './database/migrateDatabase';
import { DevfileValidator } from './devfiles/DevfileValidator';
import { readGoldenPathDevfiles } from './devfiles/goldenPathDevfiles';
import { DevfileFetcher } from './fetch/DevfileFetcher';
import { scmTokenHeaders } from './fetch/scmTokenHeaders';
import { createRouter } from './router';
import {
  registerWorkspacePermissions,
  WorkspacePermissions,
} from './permissions/WorkspacePermissions';
import { cheWorkspacePermissionResourceRef } from './permissions/rules';
import { DevfileSources } from './workspaces/DevfileSources';
import { DevWorkspaceCache } from './workspaces/DevWorkspaceCache';
import { devEnvironmentsFromConfig } from './workspaces/devEnvironments';
import { Editors } from './workspaces/editors';
import { UserNamespaces } from './workspaces/UserNamespaces';
import { Workspaces } from './workspaces/Workspaces';
import { databaseErrorHandler } from '@fawkes/backend-http';

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
        let workspaceService:
          | {
              workspaces: Workspaces;
              namespaces: UserNamespaces;
              cluster: string;
            }
          | string = 'che-launcher has no Kubernetes cluster';
        let cluster: KubernetesCluster | undefined;
        try {
          cluster = clusters.get(
            config.getOptionalString('cheLauncher.cluster'),
          );
        } catch (error) {
          workspaceService = `che-launcher has no Kubernetes cluster: ${(error as Error).message}`;
          logger.error(workspaceService);
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
          const workspaces = new Workspaces({
            cluster,
            namespaces,
            fetcher: new DevfileFetcher({
              allowedHosts: config.getOptionalStringArray(
                'cheLauncher.devfileFetch.allowedHosts',
              ),
              allowPrivateNetworks: config.getOptionalBoolean(
                'cheLauncher.devfileFetch.allowPrivateNetworks',
              ),
              ca: config.getOptionalStringArray(
                'cheLauncher.devfileFetch.extraCaCertificates',
              ),
            }),
            validator: new DevfileValidator(),
            editors,
            devEnvironments,
            sources: new DevfileSources(catalog, devfiles),
            launches: new LaunchStore(db),
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
          });
          workspaceService = { workspaces, namespaces, cluster: cluster.name };
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
        httpRouter.use(
          await createRouter({
            httpAuth,
            auditor,
            permissions,
            db,
            devfiles,
            workspaceService,
            workspacePermissions: new WorkspacePermissions(
              permissions,
              permissionsRegistry.getPermissionRuleset(
                cheWorkspacePermissionResourceRef,
              ),
            ),
          }),
        );
        httpRouter.use(databaseErrorHandler(logger));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
