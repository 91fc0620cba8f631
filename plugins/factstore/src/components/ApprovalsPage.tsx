import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Button from '@material-ui/core/Button';
import Tab from '@material-ui/core/Tab';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tabs from '@material-ui/core/Tabs';
import {
  Content,
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  factstoreApprovalReviewPermission,
  type Approval,
  type ApprovalStatus,
} from '@fawkes/plugin-factstore-common';
import { factstoreApiRef } from '../api';
import { ComplianceStatus } from './ComplianceStatus';
import { DecisionDialog, type Decision } from './DecisionDialog';
import { ScrollingTable } from './ScrollingTable';

const STATUSES: ApprovalStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** The approvals in one status, each with its trail's name (an approval carries only the id). */
function useApprovals(status: ApprovalStatus) {
  const api = useApi(factstoreApiRef);
  return useAsyncRetry(async () => {
    const approvals = await api.listApprovals({
      params: { query: { status } },
    });
    const trailIds = [...new Set(approvals.map(a => a.trailId))];
    const trails = await Promise.all(
      trailIds.map(id =>
        api.getTrail({ params: { path: { id } } }).catch(() => undefined),
      ),
    );
    const names = new Map(
      trails.flatMap(t => (t ? [[t.id, t.name] as const] : [])),
    );
    return approvals.map(approval => ({
      approval,
      trailName: names.get(approval.trailId) ?? approval.trailId,
    }));
  }, [api, status]);
}

/** The approvals inbox: requests waiting for a reviewer, and the decided ones. */
export function ApprovalsPage() {
  const alertApi = useApi(alertApiRef);
  const canReview = usePermission({
    permission: factstoreApprovalReviewPermission,
  });
  const [status, setStatus] = useState<ApprovalStatus>('PENDING');
  const [deciding, setDeciding] = useState<{
    approval: Approval;
    trailName: string;
    decision: Decision;
  }>();
  const approvals = useApprovals(status);

  let body;
  if (approvals.loading && !approvals.value) body = <Progress />;
  else if (approvals.error) {
    body = <ResponseErrorPanel error={approvals.error} />;
  } else if (!approvals.value?.length) {
    body = (
      <EmptyState
        missing="data"
        title={`No ${status.toLowerCase()} approval`}
        description="Approvals are requested by a flow's pipeline for a trail (POST /api/v1/trails/{trailId}/approvals)."
      />
    );
  } else {
    body = (
      <ScrollingTable label="Approvals">
        <TableHead>
          <TableRow>
            <TableCell>Trail</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Requested</TableCell>
            <TableCell>Comment</TableCell>
            <TableCell>Decision</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {approvals.value.map(({ approval, trailName }) => (
            <TableRow key={approval.id}>
              <TableCell>{trailName}</TableCell>
              <TableCell>
                <ComplianceStatus status={approval.status} />
              </TableCell>
              <TableCell>
                {approval.requestedBy},{' '}
                {new Date(approval.requestedAt).toLocaleString()}
              </TableCell>
              <TableCell>{approval.requestComment}</TableCell>
              <TableCell>
                {approval.status === 'PENDING' ? (
                  (['approve', 'reject'] as const).map(decision => (
                    <Button
                      key={decision}
                      size="small"
                      color={decision === 'approve' ? 'primary' : 'secondary'}
                      disabled={!canReview.allowed}
                      title={
                        canReview.loading || canReview.allowed
                          ? undefined
                          : 'You may not review approvals (factstore.approval.review)'
                      }
                      onClick={() =>
                        setDeciding({ approval, trailName, decision })
                      }
                    >
                      {decision === 'approve' ? 'Approve' : 'Reject'}
                    </Button>
                  ))
                ) : (
                  <>
                    {approval.decidedBy}
                    {approval.decisionComment &&
                      `: ${approval.decisionComment}`}
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollingTable>
    );
  }

  return (
    <Content>
      <InfoCard title="Approvals">
        <Tabs
          value={status}
          onChange={(_, value) => setStatus(value)}
          indicatorColor="primary"
        >
          {STATUSES.map(s => (
            <Tab key={s} value={s} label={s.toLowerCase()} />
          ))}
        </Tabs>
        {body}
      </InfoCard>
      {deciding && (
        <DecisionDialog
          {...deciding}
          onClose={() => setDeciding(undefined)}
          onDone={decided => {
            setDeciding(undefined);
            alertApi.post({
              message: `${deciding.trailName}: ${decided.status.toLowerCase()}`,
              severity: 'success',
              display: 'transient',
            });
            approvals.retry();
          }}
        />
      )}
    </Content>
  );
}
