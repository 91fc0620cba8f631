import { useState } from 'react';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import type { MetricName } from '@fawkes/plugin-devlake-dora-common';
import { DeploymentsTable } from './DeploymentsTable';
import { MetricFacts } from './MetricFacts';
import { MetricsGrid } from './MetricsGrid';
import { PeriodPicker } from './PeriodPicker';
import { TrendCharts } from './TrendCharts';
import { useDoraMetrics } from './useDoraMetrics';

const gap = { marginTop: 16 };

/**
 * DORA metrics of a project, a team or every project: the figures, their trend week by week,
 * the facts behind a figure, and for a project the deployments.
 */
export function DoraPage() {
  const [kind, setKind] = useState<'project' | 'team'>('project');
  const [name, setName] = useState('');
  const [days, setDays] = useState(90);
  const [selected, setSelected] = useState<MetricName>();
  const scope = name ? { [kind]: name } : {};
  const { loading, error, value } = useDoraMetrics(scope, days);
  return (
    <Content>
      <div style={{ display: 'flex', gap: 16, marginBottom: 16 }}>
        <TextField
          id="dora-scope-kind"
          select
          size="small"
          label="Of"
          value={kind}
          onChange={e => setKind(e.target.value as 'project' | 'team')}
        >
          <MenuItem value="project">Project</MenuItem>
          <MenuItem value="team">Team</MenuItem>
        </TextField>
        <TextField
          id="dora-scope-name"
          size="small"
          label={kind === 'project' ? 'Project or component' : 'Team (group)'}
          placeholder="every project"
          value={name}
          onChange={e => setName(e.target.value.trim())}
        />
        <PeriodPicker days={days} onChange={setDays} />
      </div>
      <InfoCard title={name ? `DORA metrics of ${name}` : 'DORA metrics'}>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && (
          <MetricsGrid metrics={value.metrics} onSelect={setSelected} />
        )}
      </InfoCard>
      <div style={gap}>
        <TrendCharts scope={scope} days={days} />
      </div>
      {selected && (
        <div style={gap}>
          <MetricFacts metric={selected} scope={scope} days={days} />
        </div>
      )}
      {kind === 'project' && name && (
        <div style={gap}>
          <DeploymentsTable project={name} />
        </div>
      )}
    </Content>
  );
}
