import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { Assertion, GateResult } from '@fawkes/plugin-factstore-common';
import { ComplianceStatus } from './ComplianceStatus';

/** The assert of one artifact: compliant or not, and every reason why not. */
export function AssertionResult(props: { name: string; assertion: Assertion }) {
  const { name, assertion } = props;
  return (
    <div data-testid={`assert-${name}`}>
      <Typography variant="subtitle2">
        {name}{' '}
        <ComplianceStatus
          status={assertion.compliant ? 'COMPLIANT' : 'NON-COMPLIANT'}
        />
      </Typography>
      {assertion.reasons.length > 0 && (
        <List dense>
          {assertion.reasons.map(reason => (
            <ListItem key={reason}>
              <ListItemText primary={reason} />
            </ListItem>
          ))}
        </List>
      )}
    </div>
  );
}

/** The gate's decisions about the trail's artifacts, each rule with its message. */
export function GateResults(props: { results: GateResult[] }) {
  if (props.results.length === 0) {
    return (
      <Typography variant="body2">
        The deployment gate has not been asked about these artifacts.
      </Typography>
    );
  }
  return (
    <>
      {props.results.map(result => (
        <div key={result.id}>
          <Typography variant="subtitle2">
            <ComplianceStatus status={result.allowed ? 'ALLOWED' : 'DENIED'} />{' '}
            {new Date(result.evaluatedAt).toLocaleString()}
            {result.evaluatedBy && ` by ${result.evaluatedBy}`}
          </Typography>
          <List dense>
            {result.reasons.map((reason, i) => (
              <ListItem key={i}>
                <ListItemText
                  primary={`${reason.passed ? '✓' : '✗'} ${reason.rule}`}
                  secondary={reason.message}
                />
              </ListItem>
            ))}
          </List>
        </div>
      ))}
    </>
  );
}
