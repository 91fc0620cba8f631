import { useState } from 'react';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ReleaseDiff } from '@fawkes/plugin-helm-releases-common';
import { sideBySide, type DiffCell } from '../sideBySide';

const useStyles = makeStyles(theme => ({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontFamily: 'monospace',
    fontSize: '0.8rem',
  },
  number: {
    width: '3.5em',
    textAlign: 'right',
    paddingRight: theme.spacing(1),
    color: theme.palette.text.secondary,
    userSelect: 'none',
    verticalAlign: 'top',
  },
  text: {
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    verticalAlign: 'top',
  },
  removed: { backgroundColor: 'rgba(244, 67, 54, 0.15)' },
  added: { backgroundColor: 'rgba(76, 175, 80, 0.18)' },
  hunk: {
    color: theme.palette.text.secondary,
    backgroundColor: 'rgba(33, 150, 243, 0.08)',
  },
  title: { marginTop: theme.spacing(2) },
}));

function Cells(props: { cell?: DiffCell }) {
  const classes = useStyles();
  const { cell } = props;
  const tone = cell && cell.kind !== 'context' ? classes[cell.kind] : '';
  return (
    <>
      <td className={`${classes.number} ${tone}`}>{cell?.line}</td>
      <td className={`${classes.text} ${tone}`} data-kind={cell?.kind}>
        {cell?.text}
      </td>
    </>
  );
}

/** One unified diff, side by side: the older revision left, the newer right. */
export function SideBySideDiff(props: {
  diff: string;
  leftTitle: string;
  rightTitle: string;
}) {
  const classes = useStyles();
  const rows = sideBySide(props.diff);
  return (
    <table className={classes.table}>
      {/* A fixed layout takes column widths from here, not from the spanning header. */}
      <colgroup>
        <col className={classes.number} />
        <col />
        <col className={classes.number} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th colSpan={2} align="left">
            {props.leftTitle}
          </th>
          <th colSpan={2} align="left">
            {props.rightTitle}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) =>
          row.hunk ? (
            <tr key={i}>
              <td colSpan={4} className={classes.hunk}>
                {row.hunk}
              </td>
            </tr>
          ) : (
            <tr key={i}>
              <Cells cell={row.left} />
              <Cells cell={row.right} />
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/**
 * What changes between two revisions: each changed object of the manifest, the user-supplied
 * values and the notes, side by side.
 */
export function DiffView(props: {
  diff: ReleaseDiff;
  fromLabel?: string;
  toLabel?: string;
}) {
  const classes = useStyles();
  const { diff } = props;
  const [tab, setTab] = useState(0);
  const left = props.fromLabel ?? `revision ${diff.from}`;
  const right = props.toLabel ?? `revision ${diff.to}`;
  const nothing = (what: string) => (
    <Typography variant="body2" className={classes.title}>
      No change in the {what}.
    </Typography>
  );
  return (
    <div>
      <Tabs
        value={tab}
        onChange={(_, value) => setTab(value)}
        indicatorColor="primary"
      >
        <Tab label={`Manifests (${diff.resources.length})`} />
        <Tab label={`Values${diff.values.changed ? ' (changed)' : ''}`} />
        <Tab label={`Notes${diff.notes.changed ? ' (changed)' : ''}`} />
      </Tabs>
      {tab === 0 &&
        (diff.resources.length === 0
          ? nothing('manifests')
          : diff.resources.map(resource => (
              <div
                key={`${resource.apiVersion}/${resource.kind}/${resource.namespace}/${resource.name}`}
              >
                <Typography variant="subtitle2" className={classes.title}>
                  {resource.kind} {resource.namespace}/{resource.name} —{' '}
                  {resource.change}
                </Typography>
                <SideBySideDiff
                  diff={resource.diff}
                  leftTitle={left}
                  rightTitle={right}
                />
              </div>
            )))}
      {tab === 1 &&
        (diff.values.changed ? (
          <SideBySideDiff
            diff={diff.values.diff}
            leftTitle={left}
            rightTitle={right}
          />
        ) : (
          nothing('values')
        ))}
      {tab === 2 &&
        (diff.notes.changed ? (
          <SideBySideDiff
            diff={diff.notes.diff}
            leftTitle={left}
            rightTitle={right}
          />
        ) : (
          nothing('notes')
        ))}
    </div>
  );
}
