import { statusErrors } from './status';

/** A bearer token the simulator accepts, and what it may do. */
export interface SimulatorToken {
  token: string;
  /** The user name in Forbidden messages; defaults to `system:serviceaccount:simulator:<index>`. */
  user?: string;
  /** Namespaces the token may use. Omitted: every namespace and cluster-scoped objects. */
  namespaces?: string[];
  /** Verbs the token may use (get, list, watch, create, update, patch, delete, deletecollection). Omitted: all. */
  verbs?: string[];
}

export interface AccessRequest {
  verb: string;
  resource: string;
  group: string;
  plural: string;
  name?: string;
  /** The namespace of the request; undefined for cluster-scoped objects and lists across namespaces. */
  namespace?: string;
  /** True when the request reads a Namespace object itself. */
  namespaceObject?: string;
}

/** What a request without credentials may do, when anonymous requests are accepted at all. */
export type AnonymousAccess = Omit<SimulatorToken, 'token' | 'user'>;

/** Bearer-token authentication and a small RBAC: per-token namespaces and verbs. */
export class AccessControl {
  constructor(
    private readonly tokens: SimulatorToken[],
    private readonly anonymous?: AnonymousAccess,
  ) {}

  authenticate(header: string | undefined): SimulatorToken & { user: string } {
    // As kube-apiserver with --anonymous-auth: no credentials at all is the anonymous user;
    // wrong credentials are still refused.
    if (!header && this.anonymous)
      return { ...this.anonymous, token: '', user: 'system:anonymous' };
    const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
    const index = match
      ? this.tokens.findIndex(t => t.token === match[1].trim())
      : -1;
    if (index < 0) throw statusErrors.unauthorized();
    const token = this.tokens[index];
    return {
      ...token,
      user: token.user ?? `system:serviceaccount:simulator:token-${index}`,
    };
  }

  authorize(
    token: SimulatorToken & { user: string },
    request: AccessRequest,
  ): void {
    const verbAllowed = !token.verbs || token.verbs.includes(request.verb);
    const scope = request.namespace ?? request.namespaceObject;
    const namespaceAllowed =
      !token.namespaces ||
      (scope !== undefined && token.namespaces.includes(scope));
    if (!verbAllowed || !namespaceAllowed) {
      throw statusErrors.forbidden(
        token.user,
        request.verb,
        request,
        request.namespace,
      );
    }
  }
}
