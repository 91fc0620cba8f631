import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  cheWorkspaceCreatePermission,
  cheWorkspaceReadPermission,
} from '@fawkes/plugin-che-launcher-common';
import { cheLauncherApiRef } from '../api';
import {
  CHE_DEVFILE_ANNOTATION,
  CHE_DEVFILE_URL_ANNOTATION,
  devfileOf,
  workspacePrefixOf,
} from '../annotations';
import { useWorkspaces } from '../hooks/useWorkspaces';
import { WorkspaceTable } from './WorkspaceTable';

/** A short random suffix, as Che's dashboard adds to workspace names. */
function suffix() {
  return Math.random().toString(36).slice(2, 7).padEnd(5, '0');
}

function Workspaces() {
  const { entity } = useEntity();
  const api = useApi(cheLauncherApiRef);
  const alertApi = useApi(alertApiRef);
  const canCreate = usePermission({ permission: cheWorkspaceCreatePermission });
  const prefix = workspacePrefixOf(entity);
  const { loading, error, workspaces, refresh } = useWorkspaces(w =>
    w.name.startsWith(prefix),
  );
  const [creating, setCreating] = useState(false);

  const create = async () => {
    setCreating(true);
    try {
      await api.createWorkspace({
        body: {
          entityRef: stringifyEntityRef(entity),
          name: `${prefix}${suffix()}`,
        },
      });
      await refresh();
    } catch (e) {
      alertApi.post({ message: (e as Error).message, severity: 'error' });
    } finally {
      setCreating(false);
    }
  };

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const createButton = (
    <Button
      variant="contained"
      color="primary"
      disabled={creating || !canCreate.allowed}
      onClick={create}
      title={
        canCreate.loading || canCreate.allowed
          ? undefined
          : 'You may not create Che workspaces (che.workspace.create)'
      }
    >
      {creating ? 'Creating…' : 'Create workspace'}
    </Button>
  );
  return (
    <>
      <Typography variant="body2" paragraph>
        Devfile: <code>{devfileOf(entity)}</code>
      </Typography>
      {creating && <Progress />}
      {workspaces && workspaces.length > 0 ? (
        <>
          <WorkspaceTable workspaces={workspaces} onChanged={refresh} compact />
          <div style={{ marginTop: 16 }}>{createButton}</div>
        </>
      ) : (
        <EmptyState
          missing="data"
          title="No workspace for this component yet"
          description="Create one: Che starts a workspace from the component's devfile with the editor ready."
          action={createButton}
        />
      )}
    </>
  );
}

/** "Open in Che": the component's workspaces, and a new one from its devfile. */
export function OpenInCheCard() {
  const { entity } = useEntity();
  const canRead = usePermission({ permission: cheWorkspaceReadPermission });
  let body;
  if (!devfileOf(entity)) {
    body = (
      <MissingAnnotationEmptyState
        annotation={[CHE_DEVFILE_URL_ANNOTATION, CHE_DEVFILE_ANNOTATION]}
        readMoreUrl="https://github.com/fawkes/backstage-plugins/tree/main/plugins/che-launcher#annotations"
      />
    );
  } else if (canRead.loading) {
    body = <Progress />;
  } else if (!canRead.allowed) {
    body = (
      <EmptyState
        missing="info"
        title="Permission needed"
        description="You are not allowed to see Che workspaces (che.workspace.read)."
      />
    );
  } else {
    body = <Workspaces />;
  }
  return <InfoCard title="Open in Che">{body}</InfoCard>;
}
