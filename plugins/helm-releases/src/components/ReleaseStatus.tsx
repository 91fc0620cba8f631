import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';

/** A Helm status in Backstage's status colours: deployed green, failed red, pending-* amber. */
export function ReleaseStatus(props: { status: string }) {
  const { status } = props;
  if (status === 'deployed') return <StatusOK>{status}</StatusOK>;
  if (status === 'failed') return <StatusError>{status}</StatusError>;
  if (status.startsWith('pending-') || status === 'uninstalling') {
    return <StatusPending>{status}</StatusPending>;
  }
  if (status === 'superseded' || status === 'uninstalled') {
    return <StatusAborted>{status}</StatusAborted>;
  }
  return <StatusWarning>{status}</StatusWarning>;
}
