import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { PERIODS } from '../period';

export function PeriodPicker(props: {
  days: number;
  onChange: (days: number) => void;
}) {
  return (
    <TextField
      id="dora-period"
      select
      size="small"
      label="Period"
      value={props.days}
      onChange={e => props.onChange(Number(e.target.value))}
    >
      {PERIODS.map(p => (
        <MenuItem key={p.days} value={p.days}>
          {p.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
