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
  helmReleasesPermissions,
  type HelmReleaseResource,
} from '@fawkes/plugin-helm-releases-common';
import {
  helmReleasePermissionResourceRef,
  helmReleasePermissionRules,
} from './rules';

type ReleasePermission = ResourcePermission<'helm-release'>;

/** A release's resourceRef, `<cluster>/<namespace>/<name>`, read back (the cluster name may hold `/`). */
export function parseReleaseRef(ref: string): HelmReleaseResource | undefined {
  const parts = ref.split('/');
  if (parts.length < 3) return undefined;
  const name = parts.pop()!;
  const namespace = parts.pop()!;
  return { cluster: parts.join('/'), namespace, name };
}

/** Registers the release resource type, its permissions and rules with the permission framework. */
export function registerReleasePermissions(
  registry: PermissionsRegistryService,
): void {
  registry.addResourceType({
    resourceRef: helmReleasePermissionResourceRef,
    permissions: helmReleasesPermissions,
    rules: Object.values(helmReleasePermissionRules),
    // A release named in a ref is judged by its name alone: the rules read nothing else.
    getResources: async refs => refs.map(parseReleaseRef),
  });
}

/**
 * The permission checks of release routes: the policy may allow, deny, or allow under conditions
 * on the release's cluster and namespace (the plugin's rules), which are evaluated here.
 */
export class ReleasePermissions {
  private readonly applies: ReturnType<
    typeof createConditionAuthorizer<HelmReleaseResource>
  >;

  constructor(
    private readonly permissions: PermissionsService,
    ruleset: PermissionRuleset<HelmReleaseResource>,
  ) {
    this.applies = createConditionAuthorizer(ruleset);
  }

  /** Which releases the caller may act on with `permission`; a DENY is a 403 naming it. */
  async allowed(
    credentials: BackstageCredentials,
    permission: ReleasePermission,
  ): Promise<(release: HelmReleaseResource) => boolean> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY)
      throw new NotAllowedError(
        `Permission ${permission.name} is required for this request`,
      );
    if (decision.result === AuthorizeResult.ALLOW) return () => true;
    return release => this.applies(decision, release);
  }

  /** Throws a 403 naming the permission and the release unless the caller may act on it. */
  async authorize(
    credentials: BackstageCredentials,
    permission: ReleasePermission,
    release: HelmReleaseResource,
  ): Promise<void> {
    const allowed = await this.allowed(credentials, permission);
    if (!allowed(release))
      throw new NotAllowedError(
        `Permission ${permission.name} is not granted for release ${release.namespace}/${release.name} on cluster ${release.cluster}`,
      );
  }
}
