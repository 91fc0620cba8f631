import type { AttestationStatus } from '../database/AttestationStore';
import type { JUnitSummary } from '../domain/junit';
import { describeCounts, type SeverityCounts } from './findings';

/** The status evidence gives an attestation, the one its client claimed, and why. */
export interface Verdict {
  status: AttestationStatus;
  claimedStatus: AttestationStatus;
  reason: string;
}

/** Limits on a scan's findings (a flow's security thresholds); `maxLow` null is unlimited. */
export interface SeverityLimits {
  maxCritical: number;
  maxHigh: number;
  maxMedium: number;
  maxLow: number | null;
}

const plural = (n: number, word: string, many = `${word}s`) =>
  `${n} ${n === 1 ? word : many}`;

/**
 * Evidence that fails decides FAILED whatever was claimed; evidence that passes completes a PASSED
 * or PENDING claim, but never turns a claimed FAILED into a pass (fail closed: the attester said
 * something failed, perhaps for a reason the file does not show).
 */
function decide(
  claimed: AttestationStatus,
  failing: boolean,
  reason: string,
): Verdict {
  if (failing) return { status: 'FAILED', claimedStatus: claimed, reason };
  if (claimed === 'FAILED')
    return {
      status: 'FAILED',
      claimedStatus: claimed,
      reason: `${reason}; the FAILED claim stands (evidence never turns a failure into a pass)`,
    };
  return { status: 'PASSED', claimedStatus: claimed, reason };
}

/** JUnit: any failure or error fails it, and so does a report without tests. */
export function junitVerdict(
  claimed: AttestationStatus,
  junit: Pick<JUnitSummary, 'total' | 'failures' | 'errors' | 'skipped'>,
): Verdict {
  if (junit.total === 0)
    return decide(claimed, true, 'junit: the report holds no tests');
  const failing = junit.failures + junit.errors > 0;
  return decide(
    claimed,
    failing,
    failing
      ? `junit: ${plural(junit.failures, 'failure')}, ${plural(junit.errors, 'error')} in ${plural(junit.total, 'test')}`
      : `junit: ${plural(junit.total, 'test')} passed${junit.skipped ? ` (${junit.skipped} skipped)` : ''}`,
  );
}

/** Which limits a scan's counts break, as "2 critical > maxCritical 0". */
export function limitBreaches(
  counts: SeverityCounts,
  limits: SeverityLimits,
): string[] {
  const checks: Array<[keyof SeverityCounts, keyof SeverityLimits]> = [
    ['critical', 'maxCritical'],
    ['high', 'maxHigh'],
    ['medium', 'maxMedium'],
    ['low', 'maxLow'],
  ];
  return checks.flatMap(([severity, limit]) => {
    const max = limits[limit];
    return max !== null && counts[severity] > max
      ? [`${counts[severity]} ${severity} > ${limit} ${max}`]
      : [];
  });
}

/** A scan attached to an attestation: failed when it breaks the flow's security thresholds. */
export function scanVerdict(
  claimed: AttestationStatus,
  scanner: string,
  counts: SeverityCounts,
  limits: SeverityLimits,
): Verdict {
  const breaches = limitBreaches(counts, limits);
  return decide(
    claimed,
    breaches.length > 0,
    `${scanner}: ${describeCounts(counts)}${breaches.length ? ` breaks the flow's security thresholds (${breaches.join(', ')})` : ", within the flow's security thresholds"}`,
  );
}

/** Kosli `snyk`: non-compliant for any vulnerability found, whatever its severity (as Kosli decides). */
export function snykVerdict(
  claimed: AttestationStatus,
  counts: SeverityCounts,
): Verdict {
  const total =
    counts.critical + counts.high + counts.medium + counts.low + counts.unknown;
  return decide(
    claimed,
    total > 0,
    `snyk: ${plural(total, 'vulnerability', 'vulnerabilities')} found (${describeCounts(counts)})`,
  );
}

/** Kosli `jira`: non-compliant without an issue reference, or when a referenced issue does not exist. */
export function jiraVerdict(
  claimed: AttestationStatus,
  results: Array<{ issue_id: string; issue_exists: boolean }>,
): Verdict {
  if (results.length === 0)
    return decide(
      claimed,
      true,
      'jira: no Jira issue reference was found in the commit or branch',
    );
  const missing = results.filter(r => !r.issue_exists).map(r => r.issue_id);
  return decide(
    claimed,
    missing.length > 0,
    missing.length
      ? `jira: ${missing.join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist`
      : `jira: ${results.map(r => r.issue_id).join(', ')} found`,
  );
}

/** Kosli `pull_request`: non-compliant when no pull request was found for the commit. */
export function pullRequestVerdict(
  claimed: AttestationStatus,
  provider: string | undefined,
  pullRequests: Array<{ url?: string }>,
): Verdict {
  return decide(
    claimed,
    pullRequests.length === 0,
    pullRequests.length === 0
      ? `pull_request: no ${provider ? `${provider} ` : ''}pull request was found for the commit`
      : `pull_request: ${pullRequests.map(p => p.url ?? 'a pull request').join(', ')}`,
  );
}

/** A custom attestation: its data must match its type's JSON Schema and pass every jq rule. */
export function customTypeVerdict(
  claimed: AttestationStatus,
  evaluation: { compliant: boolean; reason: string },
): Verdict {
  return decide(claimed, !evaluation.compliant, evaluation.reason);
}
