import type {
  AuditorService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import type { Request } from 'express';
import {
  audited,
  type AuditMeta,
  type AuditNote,
  type AuditSpec,
} from './audited';
import { authorizeOrThrow } from './authorize';
import { throwRefusedInput } from './refusedInput';

/** The backend services every route uses. */
export interface RouteServices {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
}

export type CallerCredentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/** What a route's work gets: who calls, and a way to add facts to its audit event. */
export interface RouteCall {
  credentials: CallerCredentials;
  /** `user:default/jane`, or a service's subject such as `external:ci`. */
  actor: string;
  note: AuditNote;
}

export interface RouteSpec<T> {
  /** The audit event of the route; a route without one (a read of configuration) is not audited. */
  audit?: AuditSpec;
  /** Checked before the work runs; a DENY is 403 naming it. */
  permission?: BasicPermission;
  /** Facts of the result for the audit event's outcome. */
  resultMeta?: (result: T) => AuditMeta;
}

/**
 * One route's work, the same way in every plugin: its audit event is created first, then input
 * the router refused (an unreadable body, a request the spec rejects) is thrown inside it, the
 * caller is read from the Backstage credentials (never from the body), the permission is checked,
 * and the work runs with the caller. A failure at any step ends the event as failed.
 */
export async function runRoute<T>(
  services: RouteServices,
  req: Request<any, any, any, any>,
  spec: RouteSpec<T>,
  work: (call: RouteCall) => Promise<T>,
): Promise<T> {
  const run = async (note: AuditNote) => {
    throwRefusedInput(req);
    const { credentials, actor } = await readCaller(services.httpAuth, req);
    if (spec.permission)
      await authorizeOrThrow(
        services.permissions,
        credentials,
        spec.permission,
      );
    const result = await work({ credentials, actor, note });
    if (spec.resultMeta) note(spec.resultMeta(result));
    return result;
  };
  if (!spec.audit) return run(() => {});
  return audited(services.auditor, req, spec.audit, run);
}

/**
 * Who is calling, from the Backstage credentials of the request (never from its body): a user or
 * a service, and the actor the audit records name (`user:default/jane`, or the service's subject
 * such as `external:ci`). A request without valid credentials is a 401. Every plugin reads its
 * caller through here.
 */
export async function readCaller(
  httpAuth: HttpAuthService,
  req: Request<any, any, any, any>,
): Promise<{ credentials: CallerCredentials; actor: string }> {
  const credentials = await httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  const { principal } = credentials;
  const actor =
    principal.type === 'user' ? principal.userEntityRef : principal.subject;
  return { credentials, actor };
}
