import {
  Content,
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useWorkspaces } from '../hooks/useWorkspaces';
import { WorkspaceTable } from './WorkspaceTable';

/** Every workspace of the signed-in user, whichever component it came from. */
export function MyWorkspacesPage() {
  const { loading, error, workspaces, refresh } = useWorkspaces();
  let body;
  if (loading) body = <Progress />;
  else if (error) body = <ResponseErrorPanel error={error} />;
  else if (!workspaces?.length)
    body = (
      <EmptyState
        missing="data"
        title="You have no Che workspaces"
        description="Open a component in the catalog and create one from its Open in Che card."
      />
    );
  else
    body = (
      <WorkspaceTable
        title="My workspaces"
        workspaces={workspaces}
        onChanged={refresh}
      />
    );
  return <Content>{body}</Content>;
}
