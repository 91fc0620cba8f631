import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Approval } from '@fawkes/plugin-factstore-common';
import { factstoreApiRef } from '../api';

export type Decision = 'approve' | 'reject';

/** Approve or reject one request with a comment; the backend's refusal stays in the dialog. */
export function DecisionDialog(props: {
  approval: Approval;
  trailName: string;
  decision: Decision;
  onClose: () => void;
  onDone: (approval: Approval) => void;
}) {
  const { approval, decision, onClose, onDone } = props;
  const api = useApi(factstoreApiRef);
  const [comment, setComment] = useState('');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error>();
  const verb = decision === 'approve' ? 'Approve' : 'Reject';

  const decide = async () => {
    setRunning(true);
    setError(undefined);
    try {
      const init = {
        params: { path: { approvalId: approval.id } },
        body: comment ? { comment } : {},
      };
      onDone(
        decision === 'approve'
          ? await api.approveApproval(init)
          : await api.rejectApproval(init),
      );
    } catch (e) {
      setError(e as Error);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle>
        {verb} {props.trailName}?
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          Requested by {approval.requestedBy}
          {approval.requestComment && `: “${approval.requestComment}”`}. Your
          decision is recorded under your name and cannot be changed.
        </Typography>
        <TextField
          id="approval-comment"
          label="Comment"
          fullWidth
          multiline
          minRows={2}
          variant="outlined"
          value={comment}
          disabled={running}
          onChange={event => setComment(event.target.value)}
        />
        {running && <LinearProgress />}
        {error && <ResponseErrorPanel error={error} title={`${verb} failed`} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={running}>
          Cancel
        </Button>
        <Button
          color={decision === 'approve' ? 'primary' : 'secondary'}
          variant="contained"
          disabled={running}
          onClick={decide}
        >
          {verb}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
