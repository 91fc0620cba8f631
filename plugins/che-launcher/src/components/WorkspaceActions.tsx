import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  cheWorkspaceDeletePermission,
  cheWorkspaceResourceRef,
  cheWorkspaceUpdatePermission,
  type Workspace,
} from '@fawkes/plugin-che-launcher-common';
import { cheLauncherApiRef } from '../api';

const STARTABLE = new Set(['Stopped', 'Failed', 'Error']);
const STOPPABLE = new Set(['Running', 'Starting', 'Failing']);

/**
 * Open IDE (while Running), start, stop and delete (after a confirmation). Buttons the user's
 * permissions do not allow are disabled; the backend decides again on every call.
 */
export function WorkspaceActions(props: {
  workspace: Workspace;
  onChanged: () => Promise<void> | void;
}) {
  const { workspace, onChanged } = props;
  const api = useApi(cheLauncherApiRef);
  const alertApi = useApi(alertApiRef);
  // Resource permissions: the permission backend judges the workspace's namespace by its ref.
  const resourceRef = cheWorkspaceResourceRef(workspace);
  const canUpdate = usePermission({
    permission: cheWorkspaceUpdatePermission,
    resourceRef,
  });
  const canDelete = usePermission({
    permission: cheWorkspaceDeletePermission,
    resourceRef,
  });
  // Said only once the permission has answered: while it is asked, the button is merely disabled.
  const refused = (
    answer: { loading: boolean; allowed: boolean },
    why: string,
  ) => (answer.loading || answer.allowed ? undefined : why);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      await onChanged();
    } catch (error) {
      alertApi.post({ message: (error as Error).message, severity: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const path = { params: { path: { id: workspace.workspaceId } } };
  const transitions = [
    { label: 'Start', from: STARTABLE, call: () => api.startWorkspace(path) },
    { label: 'Stop', from: STOPPABLE, call: () => api.stopWorkspace(path) },
  ];

  return (
    <>
      {workspace.status === 'Running' && workspace.ideUrl && (
        <Button
          size="small"
          color="primary"
          variant="contained"
          href={workspace.ideUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open IDE
        </Button>
      )}
      {transitions
        .filter(t => t.from.has(workspace.status))
        .map(t => (
          <Button
            key={t.label}
            size="small"
            disabled={busy || !canUpdate.allowed}
            title={refused(
              canUpdate,
              'You may not start or stop this workspace (che.workspace.update)',
            )}
            onClick={() => run(t.call)}
          >
            {t.label}
          </Button>
        ))}
      <Button
        size="small"
        disabled={busy || !canDelete.allowed}
        title={refused(
          canDelete,
          'You may not delete this workspace (che.workspace.delete)',
        )}
        onClick={() => setConfirmDelete(true)}
      >
        Delete
      </Button>
      <Dialog open={confirmDelete} onClose={() => setConfirmDelete(false)}>
        <DialogTitle>Delete {workspace.name}?</DialogTitle>
        <DialogContent>
          The workspace and its storage are removed from {workspace.namespace}.
          Uncommitted work is lost.
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmDelete(false)}>Cancel</Button>
          <Button
            color="secondary"
            onClick={() => {
              setConfirmDelete(false);
              run(() => api.deleteWorkspace(path));
            }}
          >
            Delete
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
