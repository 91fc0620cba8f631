import { z } from 'zod';
import { severityOfWord, type Finding } from '../findings';
import { compact, parseWith, scanReport, type ScanReport } from '../scanReport';

const project = z.looseObject({
  ok: z.boolean().optional(),
  projectName: z.string().optional(),
  displayTargetFile: z.string().optional(),
  packageManager: z.string().optional(),
  vulnerabilities: z.array(
    z.looseObject({
      id: z.string().min(1),
      severity: z.string(),
      packageName: z.string().optional(),
      version: z.string().optional(),
      fixedIn: z.array(z.string()).optional(),
      cvssScore: z.number().nullish(),
      title: z.string().optional(),
      identifiers: z
        .looseObject({ CVE: z.array(z.string()).optional() })
        .optional(),
    }),
  ),
});
/** `snyk test --json` answers one project, `--all-projects` an array of them. */
const schema = z.union([project, z.array(project).min(1)]);

const looksLikeProject = (doc: unknown) =>
  !!doc &&
  typeof doc === 'object' &&
  Array.isArray((doc as Record<string, unknown>).vulnerabilities) &&
  ('packageManager' in doc || 'ok' in doc);

/** Snyk's JSON report (`snyk test --json`, `snyk container test --json`). */
export const isSnykJson = (doc: unknown) =>
  Array.isArray(doc) ? doc.some(looksLikeProject) : looksLikeProject(doc);

export function parseSnykJson(doc: unknown): ScanReport {
  const parsed = parseWith('snyk-json', schema, doc);
  const projects = Array.isArray(parsed) ? parsed : [parsed];
  // Snyk lists a vulnerability once per dependency path: one finding per (id, package, version).
  const seen = new Map<string, Finding>();
  for (const p of projects)
    for (const v of p.vulnerabilities) {
      const key = `${v.id}\u0000${v.packageName}\u0000${v.version}`;
      if (seen.has(key)) continue;
      seen.set(
        key,
        compact({
          id: v.id,
          severity: severityOfWord(v.severity) ?? 'UNKNOWN',
          severitySource: 'snyk',
          score: v.cvssScore ?? undefined,
          package: v.packageName,
          installedVersion: v.version,
          fixedVersion: v.fixedIn?.join(', ') || undefined,
          target: p.displayTargetFile,
          title: v.title,
        }),
      );
    }
  return scanReport({
    format: 'snyk-json',
    scanner: { name: 'Snyk', uri: 'pkg:github/snyk/cli' },
    target:
      projects
        .map(p => p.projectName)
        .filter(Boolean)
        .join(', ') || undefined,
    findings: [...seen.values()],
  });
}
