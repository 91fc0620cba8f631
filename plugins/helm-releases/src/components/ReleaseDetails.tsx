import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useAsync from 'react-use/esm/useAsync';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import type { Release } from '@fawkes/plugin-helm-releases-common';
import { helmReleasesApiRef } from '../api';
import { useReleasePermissions } from '../hooks/useReleasePermissions';
import { queryOf, type ReleaseRef } from '../releaseRef';
import { DiffView } from './DiffView';
import { ReleaseStatus } from './ReleaseStatus';
import { RollbackDialog } from './RollbackDialog';
import { UpgradeDialog } from './UpgradeDialog';
import { ScrollingTable } from './ScrollingTable';

const chartOf = (release: Release) =>
  `${release.chart?.metadata?.name ?? '?'}-${release.chart?.metadata?.version ?? '?'}`;

/** Two revisions to compare, the newer by default the latest. */
function Compare(props: { release: ReleaseRef; revisions: number[] }) {
  const { release, revisions } = props;
  const api = useApi(helmReleasesApiRef);
  const latest = revisions[revisions.length - 1];
  const [from, setFrom] = useState(revisions[revisions.length - 2] ?? latest);
  const [to, setTo] = useState(latest);
  const diff = useAsync(
    () =>
      api.diffRelease({
        params: {
          path: { name: release.name },
          query: { ...queryOf(release), from, to },
        },
      }),
    [api, release.name, release.namespace, release.cluster, from, to],
  );
  const picker = (
    label: string,
    value: number,
    onChange: (n: number) => void,
  ) => (
    <TextField
      select
      label={label}
      value={value}
      onChange={event => onChange(Number(event.target.value))}
      style={{ minWidth: 140, marginRight: 16 }}
    >
      {revisions.map(r => (
        <MenuItem key={r} value={r}>
          revision {r}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <InfoCard title="Compare revisions">
      <div style={{ marginBottom: 16 }}>
        {picker('From', from, setFrom)}
        {picker('To', to, setTo)}
      </div>
      {diff.loading && <Progress />}
      {diff.error && <ResponseErrorPanel error={diff.error} />}
      {diff.value && <DiffView diff={diff.value} />}
    </InfoCard>
  );
}

/**
 * One release on one cluster: every revision (newest first) with a rollback to each earlier one,
 * an upgrade, and the comparison of any two revisions.
 */
export function ReleaseDetails(props: {
  release: ReleaseRef;
  onChanged: () => void;
}) {
  const { release, onChanged } = props;
  const api = useApi(helmReleasesApiRef);
  const alertApi = useApi(alertApiRef);
  const { canRollback, canUpgrade, answered } = useReleasePermissions(release);
  const [rollbackTo, setRollbackTo] = useState<number>();
  const [upgrading, setUpgrading] = useState(false);
  const history = useAsyncRetry(
    () =>
      api.getReleaseHistory({
        params: { path: { name: release.name }, query: queryOf(release) },
      }),
    [api, release.name, release.namespace, release.cluster],
  );

  if (history.loading && !history.value) return <Progress />;
  if (history.error) return <ResponseErrorPanel error={history.error} />;
  const revisions = history.value ?? [];
  if (revisions.length === 0) {
    return <Typography>No revision of {release.name} is stored.</Typography>;
  }
  const latest = revisions[revisions.length - 1];
  const done = (what: string) => (created: Release) => {
    setRollbackTo(undefined);
    setUpgrading(false);
    alertApi.post({
      message: `${release.name}: ${what}, now at revision ${created.version} (${created.info.status})`,
      severity: 'success',
      display: 'transient',
    });
    history.retry();
    onChanged();
  };

  return (
    <>
      <InfoCard
        title={`History of ${release.name}`}
        subheader={`${release.cluster} · ${release.namespace}`}
        action={
          <Button
            variant="outlined"
            color="primary"
            disabled={!canUpgrade}
            title={
              !answered || canUpgrade
                ? undefined
                : 'You may not upgrade this release (helm.release.upgrade)'
            }
            onClick={() => setUpgrading(true)}
          >
            Upgrade…
          </Button>
        }
      >
        <ScrollingTable label={`History of ${release.name}`}>
          <TableHead>
            <TableRow>
              <TableCell>Revision</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Chart</TableCell>
              <TableCell>App version</TableCell>
              <TableCell>Updated</TableCell>
              <TableCell>Description</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {[...revisions].reverse().map(revision => (
              <TableRow key={revision.version}>
                <TableCell>{revision.version}</TableCell>
                <TableCell>
                  <ReleaseStatus status={revision.info.status} />
                </TableCell>
                <TableCell>{chartOf(revision)}</TableCell>
                <TableCell>{revision.chart?.metadata?.appVersion}</TableCell>
                <TableCell>
                  {revision.info.last_deployed
                    ? new Date(revision.info.last_deployed).toLocaleString()
                    : ''}
                </TableCell>
                <TableCell>{revision.info.description}</TableCell>
                <TableCell>
                  {revision.version !== latest.version && (
                    <Button
                      size="small"
                      disabled={!canRollback}
                      title={
                        !answered || canRollback
                          ? undefined
                          : 'You may not roll back this release (helm.release.rollback)'
                      }
                      onClick={() => setRollbackTo(revision.version)}
                    >
                      Roll back to {revision.version}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollingTable>
      </InfoCard>
      <div style={{ marginTop: 16 }}>
        <Compare
          key={latest.version}
          release={release}
          revisions={revisions.map(r => r.version)}
        />
      </div>
      {rollbackTo !== undefined && (
        <RollbackDialog
          release={release}
          latest={latest.version}
          target={rollbackTo}
          onClose={() => setRollbackTo(undefined)}
          onDone={done(`rolled back to revision ${rollbackTo}`)}
        />
      )}
      {upgrading && (
        <UpgradeDialog
          release={release}
          currentValues={latest.config}
          onClose={() => setUpgrading(false)}
          onDone={done('upgraded')}
        />
      )}
    </>
  );
}
