import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
} from '@backstage/core-components';
import type { Workspace } from '@fawkes/plugin-che-launcher-common';

/** A workspace's phase with the colour Backstage gives such a state. */
export function WorkspaceStatus({ workspace }: { workspace: Workspace }) {
  const { status, message } = workspace;
  const label = message ? `${status}: ${message}` : status;
  switch (status) {
    case 'Running':
      return <StatusOK>{label}</StatusOK>;
    case 'Starting':
      return <StatusRunning>{label}</StatusRunning>;
    case 'Stopping':
    case 'Terminating':
      return <StatusPending>{label}</StatusPending>;
    case 'Stopped':
      return <StatusAborted>{label}</StatusAborted>;
    default:
      return <StatusError>{label}</StatusError>;
  }
}
