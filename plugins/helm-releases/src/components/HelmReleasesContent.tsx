import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  HELM_NAMESPACE_ANNOTATION,
  HELM_RELEASE_ANNOTATION,
  helmTargetOf,
  type HelmTarget,
} from '../annotations';
import {
  useClusterReleases,
  type ClusterReleases,
} from '../hooks/useClusterReleases';
import type { ReleaseRef } from '../releaseRef';
import { ReleaseDetails } from './ReleaseDetails';
import { ReleaseStatus } from './ReleaseStatus';
import { ScrollingTable } from './ScrollingTable';

const same = (a?: ReleaseRef, b?: ReleaseRef) =>
  !!a &&
  !!b &&
  a.cluster === b.cluster &&
  a.namespace === b.namespace &&
  a.name === b.name;

function ClusterCard(props: {
  cluster: ClusterReleases;
  selected?: ReleaseRef;
  onSelect: (ref: ReleaseRef) => void;
}) {
  const { cluster, selected, onSelect } = props;
  const title = cluster.cluster.title || cluster.cluster.name;
  let body;
  if (cluster.error) body = <ResponseErrorPanel error={cluster.error} />;
  else if (!cluster.releases?.length) {
    body = <>No release of this component on {title}.</>;
  } else {
    body = (
      <ScrollingTable label={`Releases on ${title}`}>
        <TableHead>
          <TableRow>
            <TableCell>Release</TableCell>
            <TableCell>Namespace</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Chart</TableCell>
            <TableCell>App version</TableCell>
            <TableCell>Revision</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {cluster.releases.map(release => {
            const ref = {
              cluster: cluster.cluster.name,
              namespace: release.namespace,
              name: release.name,
            };
            return (
              <TableRow key={release.name} selected={same(ref, selected)}>
                <TableCell>{release.name}</TableCell>
                <TableCell>{release.namespace}</TableCell>
                <TableCell>
                  <ReleaseStatus status={release.info.status} />
                </TableCell>
                <TableCell>
                  {release.chart?.metadata?.name}-
                  {release.chart?.metadata?.version}
                </TableCell>
                <TableCell>{release.chart?.metadata?.appVersion}</TableCell>
                <TableCell data-testid={`revision-${release.name}`}>
                  {release.version}
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => onSelect(ref)}>
                    History
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </ScrollingTable>
    );
  }
  return (
    <InfoCard title={`Cluster ${title}`} subheader={cluster.cluster.server}>
      {body}
    </InfoCard>
  );
}

function Releases(props: { target: HelmTarget }) {
  const { loading, error, clusters, refresh } = useClusterReleases(
    props.target,
  );
  const [chosen, setChosen] = useState<ReleaseRef>();
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const found = (clusters ?? []).flatMap(c =>
    (c.releases ?? []).map(r => ({
      cluster: c.cluster.name,
      namespace: r.namespace,
      name: r.name,
    })),
  );
  if (found.length === 0 && !clusters?.some(c => c.error)) {
    return (
      <EmptyState
        missing="data"
        title="No Helm release found"
        description={`No cluster has the release ${props.target.releases.join(', ')} in namespace ${props.target.namespace}. Check the ${HELM_RELEASE_ANNOTATION} and ${HELM_NAMESPACE_ANNOTATION} annotations.`}
      />
    );
  }
  const selected = found.find(r => same(r, chosen)) ?? found[0];
  return (
    <Grid container spacing={3}>
      {clusters!.map(cluster => (
        <Grid item xs={12} key={cluster.cluster.name}>
          <ClusterCard
            cluster={cluster}
            selected={selected}
            onSelect={setChosen}
          />
        </Grid>
      ))}
      {selected && (
        <Grid item xs={12}>
          <ReleaseDetails
            key={`${selected.cluster}/${selected.namespace}/${selected.name}`}
            release={selected}
            onChanged={refresh}
          />
        </Grid>
      )}
    </Grid>
  );
}

/** The Helm tab of a component: its releases per cluster, history, diff, rollback, upgrade. */
export function HelmReleasesContent() {
  const { entity } = useEntity();
  const target = helmTargetOf(entity);
  if (!target) {
    return (
      <div style={{ padding: 16 }}>
        <MissingAnnotationEmptyState
          annotation={[HELM_RELEASE_ANNOTATION, HELM_NAMESPACE_ANNOTATION]}
          readMoreUrl="https://github.com/fawkes/backstage-plugins/tree/main/plugins/helm-releases#annotations"
        />
      </div>
    );
  }
  return <Releases target={target} />;
}
