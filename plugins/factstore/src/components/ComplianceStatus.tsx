import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';

/** A factstore status in Backstage's colours: passed green, failed red, pending amber. */
export function ComplianceStatus(props: { status?: string }) {
  const status = props.status ?? 'UNKNOWN';
  if (
    [
      'COMPLIANT',
      'PASSED',
      'APPROVED',
      'COMPLETE',
      'ALLOWED',
      'VERIFIED',
    ].includes(status)
  ) {
    return <StatusOK>{status}</StatusOK>;
  }
  if (
    ['NON-COMPLIANT', 'FAILED', 'REJECTED', 'DENIED', 'BROKEN'].includes(status)
  ) {
    return <StatusError>{status}</StatusError>;
  }
  if (['PENDING', 'INCOMPLETE'].includes(status)) {
    return <StatusPending>{status}</StatusPending>;
  }
  return <StatusWarning>{status}</StatusWarning>;
}
