import { useState } from 'react';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { DeploymentsTable } from './DeploymentsTable';
import { MetricsGrid } from './MetricsGrid';
import { PeriodPicker } from './PeriodPicker';
import { useDoraMetrics } from './useDoraMetrics';

/** DORA metrics of a project or a team, and for a project the deployments behind them. */
export function DoraPage() {
  const [kind, setKind] = useState<'project' | 'team'>('project');
  const [name, setName] = useState('');
  const [days, setDays] = useState(90);
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
        {value && <MetricsGrid metrics={value.metrics} />}
      </InfoCard>
      {kind === 'project' && name && (
        <div style={{ marginTop: 16 }}>
          <DeploymentsTable project={name} />
        </div>
      )}
    </Content>
  );
}
