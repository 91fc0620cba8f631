import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { Assertion } from '@fawkes/plugin-factstore-common';
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
