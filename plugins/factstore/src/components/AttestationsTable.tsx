import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { Attestation } from '@fawkes/plugin-factstore-common';
import { ComplianceStatus } from './ComplianceStatus';
import { ScrollingTable } from './ScrollingTable';

const short = (digest?: string) =>
  digest ? `${digest.replace(/^sha256:/, '').slice(0, 12)}…` : '';

/**
 * Each attestation with the status its evidence decided; where that differs from what the
 * reporter claimed, both and the reason.
 */
export function AttestationsTable(props: { attestations: Attestation[] }) {
  if (props.attestations.length === 0) {
    return <Typography variant="body2">No attestation recorded.</Typography>;
  }
  return (
    <ScrollingTable label="Attestations">
      <TableHead>
        <TableRow>
          <TableCell>Attestation</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Evidence</TableCell>
          <TableCell>About</TableCell>
          <TableCell>By</TableCell>
          <TableCell>Recorded</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.attestations.map(attestation => (
          <TableRow key={attestation.id}>
            <TableCell>
              <Typography variant="body2">
                {attestation.name}
                {attestation.name !== attestation.type &&
                  ` (${attestation.type})`}
              </Typography>
              <Typography variant="caption" color="textSecondary">
                {attestation.description}
              </Typography>
            </TableCell>
            <TableCell>
              <ComplianceStatus status={attestation.status} />
              {attestation.claimedStatus &&
                attestation.claimedStatus !== attestation.status && (
                  <Typography variant="caption" display="block">
                    claimed {attestation.claimedStatus}
                  </Typography>
                )}
              {attestation.statusReason && (
                <Typography variant="caption" display="block">
                  {attestation.statusReason}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              {attestation.evidence?.fileName ? (
                <>
                  {attestation.evidence.fileName}
                  <Typography variant="caption" display="block">
                    {short(attestation.evidence.sha256)} ·{' '}
                    {attestation.evidence.sizeBytes} bytes
                  </Typography>
                </>
              ) : (
                <Typography variant="caption">no file</Typography>
              )}
            </TableCell>
            <TableCell>
              {attestation.artifactSha256
                ? `artifact ${short(attestation.artifactSha256)}`
                : 'the trail'}
            </TableCell>
            <TableCell>{attestation.attestedBy}</TableCell>
            <TableCell>
              {new Date(attestation.createdAt).toLocaleString()}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollingTable>
  );
}
