import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  BadGatewayError,
  UnprocessableEntityError,
} from '@fawkes/backend-http';
import { kubernetesClient } from './KubernetesClusters';

/**
 * The `Status` a Kubernetes API server answered with, if the error carries one. Its `details` name
 * the object a 404 is about; a 404 for a path the server does not serve has none.
 */
export function kubernetesStatusOf(error: unknown):
  | {
      code: number;
      reason?: string;
      message?: string;
      details?: { name?: string; group?: string; kind?: string };
    }
  | undefined {
  if (!(error instanceof kubernetesClient().ApiException)) return undefined;
  let body: any = error.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      body = undefined;
    }
  }
  return {
    code: error.code,
    reason: body?.reason,
    message: body?.message,
    details: body?.details,
  };
}

/** True when the cluster answered 404 NotFound. */
export const isKubernetesNotFound = (error: unknown) =>
  kubernetesStatusOf(error)?.code === 404;

/** True when the cluster answered 409 (AlreadyExists or Conflict). */
export const isKubernetesConflict = (error: unknown) =>
  kubernetesStatusOf(error)?.code === 409;

/**
 * Turns a failed call to a cluster into the error a plugin's client should see: the cluster's
 * own 4xx meaning where it is about the request, 502 when the cluster failed or refused our
 * credentials, 503 when it cannot be reached. Never a bare 500.
 */
export function toBackstageError(error: unknown, cluster: string): Error {
  const status = kubernetesStatusOf(error);
  if (!status) {
    // The request timed out (see requestTimeoutSeconds); node-fetch calls every abort "user aborted".
    if ((error as Error)?.name === 'AbortError')
      return new ServiceUnavailableError(
        `Kubernetes cluster "${cluster}" did not answer in time`,
      );
    const reason = (error as Error)?.message ?? String(error);
    return new ServiceUnavailableError(
      `Kubernetes cluster "${cluster}" could not be reached: ${reason}`,
    );
  }
  const message = `Kubernetes cluster "${cluster}": ${status.message ?? status.reason ?? `HTTP ${status.code}`}`;
  switch (status.code) {
    case 400:
      return new InputError(message);
    case 401:
      return new BadGatewayError(
        `Kubernetes cluster "${cluster}" rejected the configured credentials`,
      );
    case 403:
      return new NotAllowedError(message);
    case 404:
      return new NotFoundError(message);
    case 409:
      return new ConflictError(message);
    case 422:
      return new UnprocessableEntityError(message);
    case 429:
      return new ServiceUnavailableError(
        `${message} (the cluster is throttling requests; try again shortly)`,
      );
    default:
      return status.code >= 500
        ? new BadGatewayError(message)
        : new BadGatewayError(`${message} (unexpected status ${status.code})`);
  }
}
