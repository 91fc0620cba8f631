import type { z } from 'zod';
import { countBySeverity, type Finding, type SeverityCounts } from './findings';

/** The report formats read, by the name errors and answers use. */
export const SCAN_FORMATS = [
  'trivy-json',
  'sarif',
  'grype-json',
  'snyk-json',
  'cyclonedx',
  'spdx',
] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/** How a recorded scan's findings were obtained: a parsed report, a Kosli CLI summary, or a claim. */
export type ScanSource = ScanFormat | 'snyk-summary' | 'claimed';

/** What a scanner report says, whatever its format. */
export interface ScanReport {
  format: ScanSource;
  scanner: {
    /** The scanner's name as the report gives it: `Trivy`, `grype`, `Snyk Open Source`… */
    name: string;
    version?: string;
    /** A purl or URL naming the scanner (in-toto's `scanner.uri`). */
    uri: string;
    db?: { uri?: string; version?: string; lastUpdate?: string };
  };
  /** What was scanned, as the report names it (an image, a directory, a project). */
  target?: string;
  startedOn?: string;
  finishedOn?: string;
  findings: Finding[];
  counts: SeverityCounts;
}

/** A report that does not parse: the format tried and the first problem found. */
export class ReportParseError extends Error {
  constructor(
    readonly format: ScanFormat | 'junit' | 'json',
    readonly problem: string,
  ) {
    super(`tried ${format}: ${problem}`);
    this.name = 'ReportParseError';
  }
}

/** Validates `doc` against a format's schema, or throws naming the first problem and where. */
export function parseWith<T extends z.ZodType>(
  format: ScanFormat,
  schema: T,
  doc: unknown,
): z.output<T> {
  const parsed = schema.safeParse(doc);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.length
    ? issue.path
        .map(p => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')
    : '(document)';
  throw new ReportParseError(format, `${path}: ${issue.message}`);
}

/** A report from its parts; `counts` follow from the findings. */
export const scanReport = (report: Omit<ScanReport, 'counts'>): ScanReport => ({
  ...report,
  counts: countBySeverity(report.findings),
});

/** Drops undefined values (reports leave many fields out). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null),
  ) as T;
}
