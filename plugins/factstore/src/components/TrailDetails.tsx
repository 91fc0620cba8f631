import useAsync from 'react-use/esm/useAsync';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Flow, Trail } from '@fawkes/plugin-factstore-common';
import { factstoreApiRef } from '../api';
import { AssertionResult } from './AssertionList';
import { AttestationsTable } from './AttestationsTable';
import { ComplianceStatus } from './ComplianceStatus';
import { DeploymentGate } from './DeploymentGate';
import { LedgerVerification } from './LedgerVerification';

const bare = (digest: string) => digest.replace(/^sha256:/, '');

/** Everything recorded about one trail and what the suite decides from it. */
function useTrailFacts(flow: Flow, trail: Trail) {
  const api = useApi(factstoreApiRef);
  return useAsync(async () => {
    const path = { trailId: trail.id };
    const [detail, attestations, artifacts, approvals] = await Promise.all([
      api.getTrail({ params: { path: { id: trail.id } } }),
      api.listAttestations({ params: { path, query: { limit: 1000 } } }),
      api.listTrailArtifacts({ params: { path } }),
      api.listTrailApprovals({ params: { path } }),
    ]);
    const assertions = await Promise.all(
      artifacts.map(async artifact => ({
        artifact,
        assertion: await api.assertArtifact({
          body: {
            flowId: flow.id,
            sha256Digest: artifact.sha256Digest ?? `sha256:${artifact.sha256}`,
          },
        }),
      })),
    );
    const digests = [...new Set(artifacts.map(a => bare(a.sha256)))];
    return { detail, attestations, assertions, approvals, digests };
  }, [api, flow.id, trail.id]);
}

export function TrailDetails(props: { flow: Flow; trail: Trail }) {
  const { flow, trail } = props;
  const facts = useTrailFacts(flow, trail);
  if (facts.loading) return <Progress />;
  if (facts.error) return <ResponseErrorPanel error={facts.error} />;
  const { detail, attestations, assertions, approvals, digests } = facts.value!;
  const reasons = (detail.compliance?.reasons as string[] | undefined) ?? [];
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title={`Trail ${trail.name}`}
          subheader={[
            trail.gitBranch,
            trail.gitCommitSha?.slice(0, 12),
            trail.gitAuthor,
          ]
            .filter(Boolean)
            .join(' · ')}
        >
          <Typography variant="body2" paragraph>
            Compliance: <ComplianceStatus status={detail.complianceStatus} />
          </Typography>
          {reasons.length > 0 && (
            <List dense>
              {reasons.map(reason => (
                <ListItem key={reason}>
                  <ListItemText primary={reason} />
                </ListItem>
              ))}
            </List>
          )}
          <AttestationsTable attestations={attestations} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Assert">
          {assertions.length === 0 ? (
            <Typography variant="body2">
              No artifact was reported to this trail.
            </Typography>
          ) : (
            assertions.map(({ artifact, assertion }) => (
              <AssertionResult
                key={artifact.id}
                name={`${artifact.name}${artifact.tag ? `:${artifact.tag}` : ''}`}
                assertion={assertion}
              />
            ))
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Approvals">
          {approvals.length === 0 ? (
            <Typography variant="body2">
              {flow.requiresApproval
                ? 'The flow requires an approval; none was requested.'
                : 'No approval was requested.'}
            </Typography>
          ) : (
            <List dense>
              {approvals.map(approval => (
                <ListItem key={approval.id}>
                  <ListItemText
                    primary={
                      <>
                        <ComplianceStatus status={approval.status} />{' '}
                        {approval.requestComment}
                      </>
                    }
                    secondary={`requested by ${approval.requestedBy}${
                      approval.decidedBy
                        ? `, decided by ${approval.decidedBy}`
                        : ''
                    }`}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Deployment gate">
          <DeploymentGate digests={digests} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Ledger">
          <LedgerVerification
            records={attestations.map(a => ({ id: a.id, name: a.name }))}
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
