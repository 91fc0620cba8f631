import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type { GateResult } from '@fawkes/plugin-factstore-common';
import { factstoreApiRef } from '../api';
import { ComplianceStatus } from './ComplianceStatus';

/** How many of the gate's latest decisions are shown for each artifact. */
const RESULTS_PER_ARTIFACT = 20;

/** The newest result of each (artifact, environment): the ones a user may ask about again. */
function newestOfEach(results: GateResult[]): Set<string> {
  const seen = new Set<string>();
  const newest = new Set<string>();
  for (const result of results) {
    const key = `${result.sha256} ${result.environmentId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    newest.add(result.id);
  }
  return newest;
}

/**
 * The gate's decisions about the trail's artifacts, newest first, each rule with its message.
 * A decision is stored as of when it was made, so a later approval or attestation does not change
 * it: the newest one for each artifact and environment can be asked again, which stores a new one.
 */
export function DeploymentGate(props: { digests: string[] }) {
  const api = useApi(factstoreApiRef);
  const [asking, setAsking] = useState<string>();
  const [askError, setAskError] = useState<Error>();
  const results = useAsyncRetry(async () => {
    // Each artifact's own: the gate's newest results of every artifact would miss this trail's
    // on a busy installation.
    const perArtifact = await Promise.all(
      props.digests.map(sha256 =>
        api.listGateResults({
          params: { query: { sha256, limit: RESULTS_PER_ARTIFACT } },
        }),
      ),
    );
    return perArtifact
      .flat()
      .sort((a, b) => b.evaluatedAt.localeCompare(a.evaluatedAt));
  }, [api, props.digests.join(' ')]);

  const askAgain = async (result: GateResult) => {
    setAsking(result.id);
    setAskError(undefined);
    try {
      await api.evaluateGate({
        body: {
          sha256Digest: result.sha256Digest,
          ...(result.environmentId
            ? { environmentId: result.environmentId }
            : {}),
        },
      });
      results.retry();
    } catch (e) {
      setAskError(e as Error);
    } finally {
      setAsking(undefined);
    }
  };

  if (results.loading && !results.value) return <Progress />;
  if (results.error) return <ResponseErrorPanel error={results.error} />;
  const all = results.value ?? [];
  if (all.length === 0) {
    return (
      <Typography variant="body2">
        The deployment gate has not been asked about these artifacts.
      </Typography>
    );
  }
  const newest = newestOfEach(all);
  return (
    <>
      {askError && <ResponseErrorPanel error={askError} />}
      {all.map(result => (
        <div
          key={result.id}
          style={{ marginBottom: 16 }}
          data-testid={`gate-result-${result.id}`}
        >
          <Typography variant="subtitle2">
            <ComplianceStatus status={result.allowed ? 'ALLOWED' : 'DENIED'} />{' '}
            {new Date(result.evaluatedAt).toLocaleString()}
            {result.evaluatedBy && ` by ${result.evaluatedBy}`}
          </Typography>
          <List dense>
            {result.reasons.map((reason, i) => (
              <ListItem key={i}>
                <ListItemText
                  primary={`${reason.passed ? '✓' : '✗'} ${reason.rule}`}
                  secondary={reason.message}
                  // Digests and ids are long words: wrap them instead of cutting them off.
                  secondaryTypographyProps={{
                    style: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
                  }}
                />
              </ListItem>
            ))}
          </List>
          {newest.has(result.id) && (
            <Button
              size="small"
              variant="outlined"
              disabled={asking !== undefined}
              onClick={() => askAgain(result)}
            >
              Ask the gate again
            </Button>
          )}
        </div>
      ))}
    </>
  );
}
