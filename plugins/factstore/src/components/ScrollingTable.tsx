import type { ReactNode } from 'react';
import Table from '@material-ui/core/Table';
import TableContainer from '@material-ui/core/TableContainer';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  // Backstage's theme lets a cell break a word anywhere: on a phone the columns shrank to a
  // letter wide and the last one (the actions) was still clipped at the card's edge.
  root: { '& .MuiTableCell-root': { wordBreak: 'normal' } },
});

/** A small table that scrolls sideways when the screen is narrower than its columns. */
export function ScrollingTable(props: { label: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <TableContainer className={classes.root}>
      <Table size="small" aria-label={props.label}>
        {props.children}
      </Table>
    </TableContainer>
  );
}
