import { BadGatewayError } from '@fawkes/backend-http';
import {
  isKubernetesNotFound,
  kubernetesStatusOf,
  toBackstageError,
} from '@fawkes/kubernetes-clusters';
import { DEVWORKSPACE_API_VERSION } from './cheObjects';

/**
 * True when the cluster answered 404 about a named object (its Status carries `details.name`):
 * the workspace, or its namespace, is missing. A 404 without a name is about the path: the
 * cluster does not serve the resource type at all.
 */
export function isMissingObject(error: unknown): boolean {
  const status = kubernetesStatusOf(error);
  return (
    status?.code === 404 &&
    typeof status.details?.name === 'string' &&
    status.details.name !== ''
  );
}

/**
 * The error a client sees for a failed DevWorkspace call: as for any cluster call, except that a
 * cluster without the DevWorkspace API (no Che, no operator) is a 502 saying so, not a 404 that
 * reads as "no such workspace" or an empty list.
 */
export function workspaceApiError(error: unknown, cluster: string): Error {
  if (isKubernetesNotFound(error) && !isMissingObject(error)) {
    return new BadGatewayError(
      `Kubernetes cluster "${cluster}" does not serve ${DEVWORKSPACE_API_VERSION} DevWorkspaces: install Eclipse Che (or the DevWorkspace operator) there, or point cheLauncher.cluster at a cluster that runs it`,
    );
  }
  return clusterError(error, cluster);
}

/**
 * The error a client sees for any failed cluster call of this plugin. Every call runs as the
 * plugin's service account, so a 403 is the cluster refusing that account (missing RBAC, or a
 * namespace being deleted), not the caller: a 502, kept apart from the permission framework's 403.
 */
export function clusterError(error: unknown, cluster: string): Error {
  const status = kubernetesStatusOf(error);
  if (status?.code === 403) {
    return new BadGatewayError(
      `Kubernetes cluster "${cluster}" refused che-launcher's service account: ${status.message ?? status.reason ?? 'Forbidden'} (grant it the RBAC the che-launcher README lists)`,
    );
  }
  return toBackstageError(error, cluster);
}
