import useAsync from 'react-use/esm/useAsync';
import {
  Progress,
  ResponseErrorPanel,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Deployment } from '@fawkes/plugin-devlake-dora-common';
import { devlakeApiRef } from '../api';

const columns: TableColumn<Deployment>[] = [
  { title: 'Finished', render: d => new Date(d.endTime).toLocaleString() },
  { title: 'Environment', field: 'environment' },
  { title: 'Status', field: 'status' },
  { title: 'Version', render: d => d.version ?? '-' },
  { title: 'Commit', render: d => d.commit?.sha.slice(0, 8) ?? '-' },
  { title: 'Change', render: d => d.commit?.message ?? '-' },
];

/** The deployments behind the figures: the drill-down of a project. */
export function DeploymentsTable({ project }: { project: string }) {
  const api = useApi(devlakeApiRef);
  const { loading, error, value } = useAsync(
    () =>
      api.getDeploymentHistory({
        params: { query: { service: project, limit: '100' } },
      }),
    [api, project],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  return (
    <Table
      title={`Deployments of ${project} (${value?.total ?? 0})`}
      columns={columns}
      data={value?.deployments ?? []}
      emptyContent={
        <div style={{ padding: 16 }}>
          DevLake has no deployment of {project}. Deployments arrive from the
          CI/CD webhooks of the project&apos;s pipelines.
        </div>
      }
      options={{ search: false, paging: true, pageSize: 10, padding: 'dense' }}
    />
  );
}
