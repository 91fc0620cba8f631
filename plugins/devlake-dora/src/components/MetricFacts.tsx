import useAsync from 'react-use/esm/useAsync';
import {
  Progress,
  ResponseErrorPanel,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type { MetricName } from '@fawkes/plugin-devlake-dora-common';
import { devlakeApiRef } from '../api';
import { startDateOf } from '../period';
import { METRIC_LABELS } from './MetricTile';

type Fact = Record<string, unknown>;

function show(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (Array.isArray(value)) return value.map(show).join(', ') || '-';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A field name as words for a column title: `finishedAt` reads "finished at". */
function titleOf(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The drill-down of one figure: the deployments, changes or incidents it was computed from, as
 * the backend lists them with `details=true` (their fields differ per metric, so the columns
 * are the fields the rows have).
 */
export function MetricFacts(props: {
  metric: MetricName;
  scope: { project?: string; team?: string };
  days: number;
}) {
  const { metric, scope, days } = props;
  const api = useApi(devlakeApiRef);
  const { loading, error, value } = useAsync(
    () =>
      api.getDoraMetrics({
        params: {
          query: { ...scope, startDate: startDateOf(days), details: 'true' },
        },
      }),
    [api, scope.project, scope.team, days],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const facts = (value?.metrics[metric].details ?? []) as Fact[];
  const fields = [...new Set(facts.flatMap(f => Object.keys(f)))];
  const columns: TableColumn<Fact>[] = fields.map(field => ({
    title: titleOf(field),
    render: row => show(row[field]),
  }));
  return (
    <Table
      title={`Behind ${METRIC_LABELS[metric].toLowerCase()} (${facts.length})`}
      columns={columns}
      data={facts}
      emptyContent={<div style={{ padding: 16 }}>No facts in this period.</div>}
      options={{ search: false, paging: true, pageSize: 10, padding: 'dense' }}
    />
  );
}
