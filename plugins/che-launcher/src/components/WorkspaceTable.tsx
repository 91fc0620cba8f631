import { Table, type TableColumn } from '@backstage/core-components';
import type { Workspace } from '@fawkes/plugin-che-launcher-common';
import { WorkspaceActions } from './WorkspaceActions';
import { WorkspaceStatus } from './WorkspaceStatus';

/** Workspaces with their phase, devfile and actions. */
export function WorkspaceTable(props: {
  title?: string;
  workspaces: Workspace[];
  onChanged: () => Promise<void> | void;
  compact?: boolean;
}) {
  const { workspaces, onChanged, compact } = props;
  const columns: TableColumn<Workspace>[] = [
    { title: 'Name', field: 'name', highlight: true },
    {
      title: 'Status',
      field: 'status',
      render: w => <WorkspaceStatus workspace={w} />,
    },
    ...(compact
      ? []
      : [
          { title: 'Namespace', field: 'namespace' },
          {
            title: 'Devfile',
            render: (w: Workspace) =>
              [w.devfile.name, w.devfile.version].filter(Boolean).join(' ') ||
              '-',
          },
          {
            title: 'Last used',
            render: (w: Workspace) => new Date(w.lastUsed).toLocaleString(),
          },
        ]),
    {
      title: 'Actions',
      sorting: false,
      render: w => <WorkspaceActions workspace={w} onChanged={onChanged} />,
    },
  ];
  return (
    <Table
      title={props.title}
      columns={columns}
      data={workspaces}
      options={{
        search: !compact,
        paging: workspaces.length > 10,
        pageSize: 10,
        padding: 'dense',
        toolbar: !!props.title || !compact,
      }}
    />
  );
}
