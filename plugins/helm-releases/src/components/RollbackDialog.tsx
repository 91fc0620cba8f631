import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Release } from '@fawkes/plugin-helm-releases-common';
import { helmReleasesApiRef } from '../api';
import { queryOf, type ReleaseRef } from '../releaseRef';
import { DiffView } from './DiffView';

/**
 * Confirms a rollback with what it will change (the latest revision's objects, values and notes
 * against the target's), then runs it and shows its progress.
 */
export function RollbackDialog(props: {
  release: ReleaseRef;
  latest: number;
  target: number;
  onClose: () => void;
  onDone: (release: Release) => void;
}) {
  const { release, latest, target, onClose, onDone } = props;
  const api = useApi(helmReleasesApiRef);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error>();
  const preview = useAsync(
    () =>
      api.diffRelease({
        params: {
          path: { name: release.name },
          query: { ...queryOf(release), from: latest, to: target },
        },
      }),
    [api, release.name, release.namespace, release.cluster, latest, target],
  );

  const rollback = async () => {
    setRunning(true);
    setError(undefined);
    try {
      const created = await api.rollbackRelease({
        params: { path: { name: release.name } },
        body: { ...queryOf(release), revision: target },
      });
      onDone(created);
    } catch (e) {
      setError(e as Error);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      maxWidth="lg"
      fullWidth
    >
      <DialogTitle>
        Roll back {release.name} to revision {target}?
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          On {release.cluster}, namespace {release.namespace}: the objects,
          values and notes of revision {target} replace those of revision{' '}
          {latest}, recorded as revision {latest + 1}.
        </Typography>
        {preview.loading && <Progress />}
        {preview.error && <ResponseErrorPanel error={preview.error} />}
        {preview.value && (
          <DiffView
            diff={preview.value}
            fromLabel={`revision ${latest} (now)`}
            toLabel={`revision ${target} (after the rollback)`}
          />
        )}
        {running && (
          <>
            <Typography variant="body2">Rolling back…</Typography>
            <LinearProgress />
          </>
        )}
        {error && (
          <ResponseErrorPanel
            error={error}
            title="Rollback failed"
            // Open: the backend's message says what to fix, the title only that it failed.
            defaultExpanded
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={running}>
          Cancel
        </Button>
        <Button
          color="secondary"
          variant="contained"
          disabled={running || !preview.value}
          onClick={rollback}
        >
          Roll back
        </Button>
      </DialogActions>
    </Dialog>
  );
}
