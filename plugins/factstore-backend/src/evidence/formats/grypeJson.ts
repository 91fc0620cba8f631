import { z } from 'zod';
import { severityOfWord, type Finding } from '../findings';
import { compact, parseWith, scanReport, type ScanReport } from '../scanReport';

const schema = z.looseObject({
  matches: z.array(
    z.looseObject({
      vulnerability: z.looseObject({
        id: z.string().min(1),
        severity: z.string().optional(),
        namespace: z.string().optional(),
        description: z.string().optional(),
        fix: z
          .looseObject({ versions: z.array(z.string()).default([]) })
          .optional(),
        cvss: z
          .array(
            z.looseObject({
              metrics: z.looseObject({ baseScore: z.number().optional() }),
            }),
          )
          .optional(),
      }),
      artifact: z.looseObject({
        name: z.string(),
        version: z.string().optional(),
        purl: z.string().optional(),
        locations: z
          .array(z.looseObject({ path: z.string().optional() }))
          .optional(),
      }),
    }),
  ),
  source: z.looseObject({ target: z.unknown().optional() }).optional(),
  descriptor: z
    .looseObject({
      name: z.string().optional(),
      version: z.string().optional(),
      timestamp: z.string().optional(),
      db: z
        .looseObject({
          built: z.string().optional(),
          schemaVersion: z.union([z.number(), z.string()]).optional(),
        })
        .optional(),
    })
    .optional(),
});

/** Grype's JSON report (`grype -o json`). */
export const isGrypeJson = (doc: Record<string, unknown>) =>
  Array.isArray(doc.matches) && ('descriptor' in doc || 'source' in doc);

/** A directory source names its target as a string, an image source as `{userInput, …}`. */
function targetOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  const input = (target as { userInput?: unknown } | undefined)?.userInput;
  return typeof input === 'string' ? input : undefined;
}

export function parseGrypeJson(doc: unknown): ScanReport {
  const report = parseWith('grype-json', schema, doc);
  const findings: Finding[] = report.matches.map(m =>
    compact({
      id: m.vulnerability.id,
      severity: severityOfWord(m.vulnerability.severity) ?? 'UNKNOWN',
      severitySource: m.vulnerability.namespace,
      score: m.vulnerability.cvss?.[0]?.metrics.baseScore,
      package: m.artifact.name,
      installedVersion: m.artifact.version,
      fixedVersion: m.vulnerability.fix?.versions.join(', ') || undefined,
      purl: m.artifact.purl,
      target: m.artifact.locations?.[0]?.path,
    }),
  );
  const db = report.descriptor?.db;
  return scanReport({
    format: 'grype-json',
    scanner: compact({
      name: report.descriptor?.name ?? 'grype',
      version: report.descriptor?.version,
      uri: 'pkg:github/anchore/grype',
      db: db
        ? compact({
            version:
              db.schemaVersion === undefined
                ? undefined
                : String(db.schemaVersion),
            lastUpdate: db.built,
          })
        : undefined,
    }),
    target: targetOf(report.source?.target),
    startedOn: report.descriptor?.timestamp,
    finishedOn: report.descriptor?.timestamp,
    findings,
  });
}
