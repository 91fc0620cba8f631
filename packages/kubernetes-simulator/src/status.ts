/**
 * A failure answered as the real API server does: a `Status` object whose `reason` and `code`
 * clients (and @kubernetes/client-node's ApiException) read.
 */
export class KubeStatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'KubeStatusError';
  }

  toStatus() {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

interface Target {
  /** e.g. `secrets` or `devworkspaces.workspace.devfile.io` */
  resource: string;
  group: string;
  plural: string;
  name?: string;
}

const details = (t: Target) => ({
  ...(t.name ? { name: t.name } : {}),
  group: t.group,
  kind: t.plural,
});

export const statusErrors = {
  notFound: (t: Target) =>
    new KubeStatusError(
      404,
      'NotFound',
      `${t.resource} "${t.name}" not found`,
      details(t),
    ),
  namespaceNotFound: (namespace: string) =>
    new KubeStatusError(
      404,
      'NotFound',
      `namespaces "${namespace}" not found`,
      { name: namespace, kind: 'namespaces' },
    ),
  alreadyExists: (t: Target) =>
    new KubeStatusError(
      409,
      'AlreadyExists',
      `${t.resource} "${t.name}" already exists`,
      details(t),
    ),
  conflict: (t: Target) =>
    new KubeStatusError(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${t.resource} "${t.name}": the object has been modified; please apply your changes to the latest version and try again`,
      details(t),
    ),
  invalid: (t: Target & { kind: string }, field: string, message: string) =>
    new KubeStatusError(
      422,
      'Invalid',
      `${t.kind} "${t.name ?? ''}" is invalid: ${field}: ${message}`,
      {
        ...details(t),
        kind: t.kind,
        causes: [{ reason: 'FieldValueInvalid', message, field }],
      },
    ),
  badRequest: (message: string) =>
    new KubeStatusError(400, 'BadRequest', message),
  unauthorized: () => new KubeStatusError(401, 'Unauthorized', 'Unauthorized'),
  forbidden: (user: string, verb: string, t: Target, namespace?: string) =>
    new KubeStatusError(
      403,
      'Forbidden',
      `${t.resource}${t.name ? ` "${t.name}"` : ''} is forbidden: User "${user}" cannot ${verb} resource "${t.plural}" in API group "${t.group}"${
        namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope'
      }`,
      details(t),
    ),
  methodNotAllowed: () =>
    new KubeStatusError(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
    ),
  unsupportedMediaType: (contentType: string) =>
    new KubeStatusError(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got ${contentType})`,
    ),
  gone: (message: string) => new KubeStatusError(410, 'Expired', message),
  pathNotFound: () =>
    new KubeStatusError(
      404,
      'NotFound',
      'the server could not find the requested resource',
    ),
};
