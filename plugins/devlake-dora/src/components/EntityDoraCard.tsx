import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { DEVLAKE_PROJECT_ANNOTATION, devlakeProjectOf } from '../annotations';
import { MetricsGrid } from './MetricsGrid';
import { PeriodPicker } from './PeriodPicker';
import { useDoraMetrics } from './useDoraMetrics';

function Metrics({ project }: { project: string }) {
  const [days, setDays] = useState(30);
  const { loading, error, value } = useDoraMetrics({ project }, days);
  return (
    <>
      <PeriodPicker days={days} onChange={setDays} />
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && <MetricsGrid metrics={value.metrics} />}
    </>
  );
}

/** DORA metrics of the component's DevLake project. */
export function EntityDoraCard() {
  const { entity } = useEntity();
  const project = devlakeProjectOf(entity);
  return (
    <InfoCard title="DORA metrics">
      {project ? (
        <Metrics project={project} />
      ) : (
        <MissingAnnotationEmptyState annotation={DEVLAKE_PROJECT_ANNOTATION} />
      )}
    </InfoCard>
  );
}
