import type { Config } from '@backstage/config';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';

/**
 * Allows everything except the permissions listed in `permissionPolicy.deny` (exact names, or
 * prefixes ending in `*` such as `helm.release.*`). Users in `permissionPolicy.admins` are never
 * denied. With an empty deny list (the local default) it allows all.
 */
export class ConfiguredPermissionPolicy implements PermissionPolicy {
  static fromConfig(config: Config): ConfiguredPermissionPolicy {
    return new ConfiguredPermissionPolicy(
      config.getOptionalStringArray('permissionPolicy.deny') ?? [],
      config.getOptionalStringArray('permissionPolicy.admins') ?? [],
    );
  }

  constructor(
    private readonly deny: string[],
    private readonly admins: string[],
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (user && this.admins.includes(user.info.userEntityRef))
      return { result: AuthorizeResult.ALLOW };
    const name = request.permission.name;
    const denied = this.deny.some(rule =>
      rule.endsWith('*') ? name.startsWith(rule.slice(0, -1)) : name === rule,
    );
    return { result: denied ? AuthorizeResult.DENY : AuthorizeResult.ALLOW };
  }
}
