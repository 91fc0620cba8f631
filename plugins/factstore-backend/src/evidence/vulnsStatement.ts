import type { ScanReport } from './scanReport';

export const VULNS_PREDICATE_TYPE = 'https://in-toto.io/attestation/vulns/v0.1';

/**
 * An in-toto Statement v1 with the vulns v0.1 predicate for a parsed report: `scanner` (uri,
 * version, db, `result` with one entry per finding: its id, its severity as the report rated it
 * and normalised, and the package as annotations) and `metadata` (scan times; `severityCounts`, an
 * addition of this plugin, holds the counts by severity).
 */
export function vulnsStatement(
  report: ScanReport,
  subject: { name: string; sha256?: string },
  recordedAt: string,
) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [
      {
        name: subject.name,
        ...(subject.sha256 ? { digest: { sha256: subject.sha256 } } : {}),
      },
    ],
    predicateType: VULNS_PREDICATE_TYPE,
    predicate: {
      scanner: {
        uri: report.scanner.uri,
        ...(report.scanner.version ? { version: report.scanner.version } : {}),
        db: {
          ...report.scanner.db,
          lastUpdate: report.scanner.db?.lastUpdate ?? recordedAt,
        },
        result: report.findings.map(f => ({
          id: f.id,
          severity: [
            { method: 'factstore', score: f.severity.toLowerCase() },
            ...(f.severitySource
              ? [{ method: f.severitySource, score: f.severity.toLowerCase() }]
              : []),
            ...(f.score !== undefined
              ? [{ method: 'cvss_score', score: String(f.score) }]
              : []),
          ],
          annotations: [
            Object.fromEntries(
              (
                [
                  'package',
                  'installedVersion',
                  'fixedVersion',
                  'purl',
                  'target',
                  'title',
                ] as const
              ).flatMap(k => (f[k] !== undefined ? [[k, f[k]]] : [])),
            ),
          ],
        })),
      },
      metadata: {
        scanStartedOn: report.startedOn ?? recordedAt,
        scanFinishedOn: report.finishedOn ?? recordedAt,
        format: report.format,
        scannerName: report.scanner.name,
        severityCounts: report.counts,
      },
    },
  };
}

export type VulnsStatement = ReturnType<typeof vulnsStatement>;
