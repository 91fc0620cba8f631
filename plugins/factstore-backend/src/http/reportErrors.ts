import { InputError } from '@backstage/errors';
import { ReportParseError } from '../evidence/scanReport';

/**
 * A report that does not parse is the client's mistake: 400 naming where it was sent, the format
 * tried and the first problem. Use as `.catch(refuseUnreadableReport('file'))`.
 */
export const refuseUnreadableReport =
  (where: string) =>
  (error: unknown): never => {
    if (error instanceof ReportParseError)
      throw new InputError(`Invalid report in ${where}: ${error.message}`);
    throw error;
  };
