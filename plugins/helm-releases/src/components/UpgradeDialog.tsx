import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  Release,
  UpgradeOutcome,
} from '@fawkes/plugin-helm-releases-common';
import { helmReleasesApiRef } from '../api';
import { queryOf, type ReleaseRef } from '../releaseRef';
import { DiffView } from './DiffView';

/**
 * Upgrade with new values in two steps: a dry run shows what would change, and only those values,
 * confirmed, are applied.
 */
export function UpgradeDialog(props: {
  release: ReleaseRef;
  currentValues: Record<string, unknown> | null | undefined;
  onClose: () => void;
  onDone: (release: Release) => void;
}) {
  const { release, onClose, onDone } = props;
  const api = useApi(helmReleasesApiRef);
  const [values, setValues] = useState(
    JSON.stringify(props.currentValues ?? {}, null, 2),
  );
  const [preview, setPreview] = useState<{
    values: string;
    outcome: UpgradeOutcome;
  }>();
  const [running, setRunning] = useState<'preview' | 'upgrade'>();
  const [error, setError] = useState<Error>();

  const upgrade = async (dryRun: boolean) => {
    setRunning(dryRun ? 'preview' : 'upgrade');
    setError(undefined);
    try {
      const outcome = await api.upgradeRelease({
        params: { path: { name: release.name } },
        body: { ...queryOf(release), values, dryRun },
      });
      if (dryRun) setPreview({ values, outcome });
      else onDone(outcome.release);
    } catch (e) {
      setError(e as Error);
    } finally {
      setRunning(undefined);
    }
  };
  const previewed = preview?.values === values;

  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      maxWidth="lg"
      fullWidth
    >
      <DialogTitle>Upgrade {release.name}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          The chart of the latest revision is rendered again with these values
          (YAML) on {release.cluster}, namespace {release.namespace}. Preview
          first: the upgrade applies what the preview showed.
        </Typography>
        <TextField
          id="helm-upgrade-values"
          label="Values (YAML)"
          multiline
          minRows={6}
          maxRows={20}
          fullWidth
          variant="outlined"
          value={values}
          onChange={event => setValues(event.target.value)}
          disabled={!!running}
          inputProps={{ style: { fontFamily: 'monospace' } }}
        />
        {running && (
          <>
            <Typography variant="body2">
              {running === 'preview' ? 'Rendering the preview…' : 'Upgrading…'}
            </Typography>
            <LinearProgress />
          </>
        )}
        {error && (
          <ResponseErrorPanel
            error={error}
            title="Upgrade failed"
            // Open: the backend's message says what to fix, the title only that it failed.
            defaultExpanded
          />
        )}
        {preview && previewed && (
          <DiffView
            diff={preview.outcome.diff}
            fromLabel={`revision ${preview.outcome.diff.from} (now)`}
            toLabel="after the upgrade"
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={!!running}>
          Cancel
        </Button>
        <Button disabled={!!running} onClick={() => upgrade(true)}>
          Preview
        </Button>
        <Button
          color="secondary"
          variant="contained"
          disabled={!!running || !previewed}
          onClick={() => upgrade(false)}
        >
          Upgrade
        </Button>
      </DialogActions>
    </Dialog>
  );
}
