import type {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  type PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  cheLauncherPermissions,
  type CheWorkspaceResource,
} from '@fawkes/plugin-che-launcher-common';
import {
  cheWorkspacePermissionResourceRef,
  cheWorkspacePermissionRules,
} from './rules';

type WorkspacePermission = ResourcePermission<'che-workspace'>;

/**
 * Registers the workspace resource type, the plugin's permissions and rules. A ref
 * (`<namespace>/<workspaceId>`) is judged by its namespace on the plugin's cluster.
 */
export function registerWorkspacePermissions(
  registry: PermissionsRegistryService,
  cluster: string,
): void {
  registry.addPermissions(cheLauncherPermissions);
  registry.addResourceType({
    resourceRef: cheWorkspacePermissionResourceRef,
    permissions: cheLauncherPermissions.filter(p => p.type === 'resource'),
    rules: Object.values(cheWorkspacePermissionRules),
    getResources: async refs =>
      refs.map(ref => {
        const slash = ref.indexOf('/');
        if (slash < 1) return undefined;
        return {
          cluster,
          namespace: ref.slice(0, slash),
          workspaceId: ref.slice(slash + 1),
        };
      }),
  });
}

/**
 * The check of a workspace permission the policy may allow under conditions on the workspace's
 * cluster and namespace: asked with `authorizeConditional` (a plugin asks for the conditions and
 * applies them itself, so the permission backend needs no resourceRef) and evaluated here.
 */
export class WorkspacePermissions {
  private readonly applies: ReturnType<
    typeof createConditionAuthorizer<CheWorkspaceResource>
  >;

  constructor(
    private readonly permissions: PermissionsService,
    ruleset: PermissionRuleset<CheWorkspaceResource>,
  ) {
    this.applies = createConditionAuthorizer(ruleset);
  }

  /** Throws a 403 naming the permission (and the namespace when a condition refused it). */
  async authorize(
    credentials: BackstageCredentials,
    permission: WorkspacePermission,
    workspace: CheWorkspaceResource,
  ): Promise<void> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return;
    if (decision.result === AuthorizeResult.DENY)
      throw new NotAllowedError(
        `Permission ${permission.name} is required for this request`,
      );
    if (!this.applies(decision, workspace))
      throw new NotAllowedError(
        `Permission ${permission.name} is not granted for workspaces in namespace ${workspace.namespace} on cluster ${workspace.cluster}`,
      );
  }
}
