import type { IncomingMessage } from 'node:http';
import type { AccessControl, SimulatorToken } from './access';
import { statusErrors } from './status';

/**
 * What an impersonated user or group may do, as a RoleBinding would grant it. Without any rule
 * configured, impersonated identities may do everything (a cluster whose RBAC is not under test).
 */
export interface ImpersonationRule {
  /** The user name the rule applies to. */
  user?: string;
  /** A group the rule applies to, e.g. `team-a` or `system:authenticated`. */
  group?: string;
  /** Namespaces the identity may use. Omitted: every namespace and cluster-scoped objects. */
  namespaces?: string[];
  /** Verbs the identity may use. Omitted: all. */
  verbs?: string[];
}

/** Who a request acted as: the authenticated user, or the one it impersonated and who did. */
export interface RequestIdentity {
  user: string;
  groups: string[];
  /** The authenticated user that impersonated `user`. */
  impersonatedBy?: string;
}

/** One request as the API server's audit log records it. */
export interface AuditRecord extends RequestIdentity {
  verb: string;
  resource: string;
  namespace?: string;
  name?: string;
}

const IMPERSONATE_USER = 'impersonate-user';
const IMPERSONATE_GROUP = 'impersonate-group';

/** All values of a header, in the order sent: node joins repeated headers, rawHeaders keeps them. */
function headerValues(req: IncomingMessage, name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i].toLowerCase() === name)
      values.push(req.rawHeaders[i + 1]);
  }
  return values;
}

/**
 * `Impersonate-User` / `Impersonate-Group`, as kube-apiserver handles them: the authenticated
 * user needs the `impersonate` verb; the request then runs as the named user with the named
 * groups plus `system:authenticated`, and is authorized as that identity.
 */
export function impersonatedIdentity(
  req: IncomingMessage,
  token: SimulatorToken & { user: string },
): RequestIdentity | undefined {
  const users = headerValues(req, IMPERSONATE_USER);
  const groups = headerValues(req, IMPERSONATE_GROUP);
  if (users.length === 0) {
    if (groups.length > 0)
      throw statusErrors.badRequest(
        'requested groups without impersonating a user',
      );
    return undefined;
  }
  if (token.verbs && !token.verbs.includes('impersonate')) {
    throw statusErrors.forbidden(token.user, 'impersonate', {
      resource: 'users',
      group: '',
      plural: 'users',
      name: users[0],
    });
  }
  return {
    user: users[0],
    groups: [...new Set([...groups, 'system:authenticated'])],
    impersonatedBy: token.user,
  };
}

/** Authorizes an impersonated identity by the rules for its user and groups. */
export function authorizeImpersonated(
  access: AccessControl,
  rules: ImpersonationRule[] | undefined,
  identity: RequestIdentity,
  request: Parameters<AccessControl['authorize']>[1],
): void {
  if (!rules || rules.length === 0) return;
  const applying = rules.filter(
    rule =>
      rule.user === identity.user ||
      (rule.group !== undefined && identity.groups.includes(rule.group)),
  );
  const allowed = applying.some(rule => {
    try {
      access.authorize({ ...rule, token: '', user: identity.user }, request);
      return true;
    } catch {
      return false;
    }
  });
  if (!allowed) {
    throw statusErrors.forbidden(
      identity.user,
      request.verb,
      request,
      request.namespace,
    );
  }
}
