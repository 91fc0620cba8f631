import useAsync from 'react-use/esm/useAsync';
import Grid from '@material-ui/core/Grid';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { cloudExtractorApiRef } from '../api';
import { JobsCard } from './JobsCard';
import { SchedulesCard } from './SchedulesCard';
import { ServicesTable } from './ServicesTable';

/** The extraction admin page: what is extracted, the jobs, the schedules. */
export function CloudExtractorPage() {
  const api = useApi(cloudExtractorApiRef);
  const catalog = useAsync(async () => {
    const [providers, services] = await Promise.all([
      api.listProviders(),
      api.listServices(),
    ]);
    return { providers: providers.providers, services };
  }, [api]);
  if (catalog.loading)
    return (
      <Content>
        <Progress />
      </Content>
    );
  if (catalog.error)
    return (
      <Content>
        <ResponseErrorPanel error={catalog.error} />
      </Content>
    );
  const { providers, services } = catalog.value!;
  return (
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard title="Extraction jobs">
            <JobsCard providers={providers} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <InfoCard title="Schedules">
            <SchedulesCard providers={providers} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <ServicesTable services={services} />
        </Grid>
      </Grid>
    </Content>
  );
}
