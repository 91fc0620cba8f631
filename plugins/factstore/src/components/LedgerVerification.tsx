import { useState } from 'react';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { factstoreApiRef } from '../api';
import { ComplianceStatus } from './ComplianceStatus';

interface Outcome {
  chain: { valid?: unknown; entriesChecked?: unknown; message?: unknown };
  records: Array<{
    id: string;
    name: string;
    verified: boolean;
    message?: string;
  }>;
}

/**
 * Asks the ledger to re-hash its chain and to prove each of the trail's attestations included in
 * the signed checkpoint; it may take a while, so it runs when asked and shows its progress.
 */
export function LedgerVerification(props: {
  records: Array<{ id: string; name: string }>;
}) {
  const api = useApi(factstoreApiRef);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error>();
  const [outcome, setOutcome] = useState<Outcome>();

  const verify = async () => {
    setRunning(true);
    setError(undefined);
    try {
      const chain = await api.verifyLedgerChain({ body: {} });
      const records = [];
      for (const record of props.records) {
        const answer = await api.verifyLedgerRecord({
          params: { path: { recordId: record.id } },
        });
        records.push({
          ...record,
          verified: answer.verified,
          message: answer.message,
        });
      }
      setOutcome({ chain, records });
    } catch (e) {
      setError(e as Error);
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <Button variant="outlined" disabled={running} onClick={verify}>
        Verify ledger
      </Button>
      {running && (
        <>
          <Typography variant="body2">Verifying the ledger…</Typography>
          <LinearProgress />
        </>
      )}
      {error && <ResponseErrorPanel error={error} />}
      {outcome && (
        <div data-testid="ledger-outcome">
          <Typography variant="body2">
            Chain{' '}
            <ComplianceStatus
              status={outcome.chain.valid === true ? 'VERIFIED' : 'BROKEN'}
            />{' '}
            {String(outcome.chain.entriesChecked ?? 0)} entries checked.{' '}
            {typeof outcome.chain.message === 'string' && outcome.chain.message}
          </Typography>
          {outcome.records.map(record => (
            <Typography variant="body2" key={record.id}>
              {record.name}:{' '}
              <ComplianceStatus
                status={record.verified ? 'VERIFIED' : 'BROKEN'}
              />{' '}
              {record.message}
            </Typography>
          ))}
        </div>
      )}
    </>
  );
}
