/** Severities every scanner's findings are normalised to, worst first. */
export const SEVERITIES = [
  'CRITICAL',
  'HIGH',
  'MEDIUM',
  'LOW',
  'UNKNOWN',
] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Findings counted by severity, keyed as the API speaks of them. */
export interface SeverityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  unknown: number;
}

/** One vulnerability in one package (a CVE found in two packages is two findings, as scanners list them). */
export interface Finding {
  /** CVE, GHSA, SNYK-… or the scanner's rule id. */
  id: string;
  severity: Severity;
  /** Where the severity came from: `nvd`, `ghsa`, `snyk`, `cvss`, `sarif-level`… */
  severitySource?: string;
  /** A CVSS base score, when the report gives one. */
  score?: number;
  package?: string;
  installedVersion?: string;
  fixedVersion?: string;
  /** The package URL (purl), when the report gives one. */
  purl?: string;
  /** What was scanned: an image layer, a lock file, a source file. */
  target?: string;
  title?: string;
}

const WORDS: Record<string, Severity> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  error: 'HIGH',
  medium: 'MEDIUM',
  moderate: 'MEDIUM',
  warning: 'MEDIUM',
  low: 'LOW',
  negligible: 'LOW',
  note: 'LOW',
  info: 'UNKNOWN',
  informational: 'UNKNOWN',
  none: 'UNKNOWN',
  unknown: 'UNKNOWN',
};

/** A scanner's severity word (any case): `Critical`, `HIGH`, `moderate`, `Negligible`… */
export function severityOfWord(word: string | undefined): Severity | undefined {
  return word === undefined ? undefined : WORDS[word.trim().toLowerCase()];
}

/** CVSS v3 qualitative rating of a base score (FIRST's table; 0 is none). */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'CRITICAL';
  if (score >= 7) return 'HIGH';
  if (score >= 4) return 'MEDIUM';
  if (score > 0) return 'LOW';
  return 'UNKNOWN';
}

export function countBySeverity(findings: Finding[]): SeverityCounts {
  const counts: SeverityCounts = {
    critical: 0,
    high: 0,
    medium: 0,
    low: 0,
    unknown: 0,
  };
  for (const f of findings)
    counts[f.severity.toLowerCase() as keyof SeverityCounts]++;
  return counts;
}

/** "2 critical, 1 high, 0 medium, 0 low, 0 unknown" */
export const describeCounts = (c: SeverityCounts) =>
  `${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low, ${c.unknown} unknown`;
