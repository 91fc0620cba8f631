import { z } from 'zod';
import { severityOfWord, type Finding } from '../findings';
import { compact, parseWith, scanReport, type ScanReport } from '../scanReport';

const vulnerability = z.looseObject({
  VulnerabilityID: z.string().min(1),
  PkgName: z.string().optional(),
  PkgID: z.string().optional(),
  PkgIdentifier: z.looseObject({ PURL: z.string().optional() }).optional(),
  InstalledVersion: z.string().optional(),
  FixedVersion: z.string().optional(),
  Severity: z.string(),
  SeveritySource: z.string().optional(),
  Title: z.string().optional(),
  CVSS: z
    .record(z.string(), z.looseObject({ V3Score: z.number().optional() }))
    .optional(),
});

const schema = z.looseObject({
  SchemaVersion: z.number().optional(),
  ArtifactName: z.string().optional(),
  CreatedAt: z.string().optional(),
  Trivy: z.looseObject({ Version: z.string().optional() }).optional(),
  Results: z
    .array(
      z.looseObject({
        Target: z.string(),
        Vulnerabilities: z.array(vulnerability).nullish(),
      }),
    )
    .default([]),
});

/** Trivy's JSON report (`trivy image|fs|repo --format json`, SchemaVersion 2). */
export const isTrivyJson = (doc: Record<string, unknown>) =>
  'Results' in doc && ('SchemaVersion' in doc || 'ArtifactName' in doc);

export function parseTrivyJson(doc: unknown): ScanReport {
  const report = parseWith('trivy-json', schema, doc);
  const findings: Finding[] = report.Results.flatMap(result =>
    (result.Vulnerabilities ?? []).map(v => {
      const source = v.SeveritySource;
      return compact({
        id: v.VulnerabilityID,
        severity: severityOfWord(v.Severity) ?? 'UNKNOWN',
        severitySource: source,
        score: source ? v.CVSS?.[source]?.V3Score : undefined,
        package: v.PkgName,
        installedVersion: v.InstalledVersion,
        fixedVersion: v.FixedVersion || undefined,
        purl: v.PkgIdentifier?.PURL,
        target: result.Target,
        title: v.Title,
      });
    }),
  );
  return scanReport({
    format: 'trivy-json',
    scanner: compact({
      name: 'Trivy',
      version: report.Trivy?.Version,
      uri: 'pkg:github/aquasecurity/trivy',
    }),
    target: report.ArtifactName,
    startedOn: report.CreatedAt,
    finishedOn: report.CreatedAt,
    findings,
  });
}
