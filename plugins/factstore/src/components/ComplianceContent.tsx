import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import type { Flow, Trail } from '@fawkes/plugin-factstore-common';
import { factstoreApiRef } from '../api';
import { FACTSTORE_FLOW_ANNOTATION, flowTargetOf } from '../annotations';
import { ComplianceStatus } from './ComplianceStatus';
import { TrailDetails } from './TrailDetails';
import { ScrollingTable } from './ScrollingTable';

/** A flow's requirements and its latest trails; the chosen trail (the newest first) in detail. */
function FlowSection(props: { flow: Flow }) {
  const { flow } = props;
  const api = useApi(factstoreApiRef);
  const [chosen, setChosen] = useState<string>();
  const trails = useAsync(
    () =>
      api.listFlowTrails({
        params: { path: { flowId: flow.id }, query: { limit: 20 } },
      }),
    [api, flow.id],
  );
  let body;
  if (trails.loading) body = <Progress />;
  else if (trails.error) body = <ResponseErrorPanel error={trails.error} />;
  else if (!trails.value?.length) {
    body = <Typography variant="body2">No trail of this flow yet.</Typography>;
  } else {
    body = (
      <ScrollingTable label={`Trails of ${flow.name}`}>
        <TableHead>
          <TableRow>
            <TableCell>Trail</TableCell>
            <TableCell>Compliance</TableCell>
            <TableCell>Commit</TableCell>
            <TableCell>Created</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {trails.value.map((trail: Trail) => (
            <TableRow key={trail.id}>
              <TableCell>{trail.name}</TableCell>
              <TableCell>
                <ComplianceStatus status={trail.complianceStatus} />
              </TableCell>
              <TableCell>
                {trail.gitBranch} {trail.gitCommitSha?.slice(0, 12)}
              </TableCell>
              <TableCell>
                {new Date(trail.createdAt).toLocaleString()}
              </TableCell>
              <TableCell>
                <Button size="small" onClick={() => setChosen(trail.id)}>
                  Details
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollingTable>
    );
  }
  const selected =
    trails.value?.find(t => t.id === chosen) ?? trails.value?.[0];
  return (
    <>
      <Grid item xs={12}>
        <InfoCard title={`Flow ${flow.name}`} subheader={flow.description}>
          <Typography variant="body2" paragraph>
            Requires:{' '}
            {flow.requiredAttestations.length
              ? flow.requiredAttestations.join(', ')
              : 'no attestation'}
            {flow.requiresApproval && ', an approval'}
          </Typography>
          {body}
        </InfoCard>
      </Grid>
      {selected && (
        <Grid item xs={12}>
          <TrailDetails key={selected.id} flow={flow} trail={selected} />
        </Grid>
      )}
    </>
  );
}

function Flows(props: { names: string[]; org: string }) {
  const api = useApi(factstoreApiRef);
  const flows = useAsync(
    () => api.listFlows({ params: { query: { org: props.org } } }),
    [api, props.org],
  );
  if (flows.loading) return <Progress />;
  if (flows.error) return <ResponseErrorPanel error={flows.error} />;
  const mine = (flows.value ?? []).filter(f => props.names.includes(f.name));
  if (mine.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No flow found"
        description={`factstore has no flow named ${props.names.join(', ')} in org ${props.org}. Check the ${FACTSTORE_FLOW_ANNOTATION} annotation, or create the flow from CI.`}
      />
    );
  }
  return (
    <Grid container spacing={3}>
      {mine.map(flow => (
        <FlowSection key={flow.id} flow={flow} />
      ))}
    </Grid>
  );
}

/** The Compliance tab of a component: its flows, trails, attestations, asserts, gate and ledger. */
export function ComplianceContent() {
  const { entity } = useEntity();
  const target = flowTargetOf(entity);
  if (!target) {
    return (
      <div style={{ padding: 16 }}>
        <MissingAnnotationEmptyState
          annotation={FACTSTORE_FLOW_ANNOTATION}
          readMoreUrl="https://github.com/fawkes/backstage-plugins/tree/main/plugins/factstore#annotations"
        />
      </div>
    );
  }
  return <Flows names={target.flows} org={target.org} />;
}
