import { z } from 'zod';
import { severityOfScore, severityOfWord, type Finding } from '../findings';
import { compact, parseWith, scanReport, type ScanReport } from '../scanReport';

const rating = z.looseObject({
  source: z.looseObject({ name: z.string().optional() }).optional(),
  score: z.number().optional(),
  severity: z.string().optional(),
  method: z.string().optional(),
});

const tool = z.looseObject({
  name: z.string().optional(),
  version: z.string().optional(),
});

const schema = z.looseObject({
  bomFormat: z.literal('CycloneDX'),
  specVersion: z.string(),
  metadata: z
    .looseObject({
      timestamp: z.string().optional(),
      component: z.looseObject({ name: z.string().optional() }).optional(),
      // 1.4: an array of tools; 1.5+: {components: [...], services: [...]}.
      tools: z
        .union([
          z.array(tool),
          z.looseObject({ components: z.array(tool).optional() }),
        ])
        .optional(),
    })
    .optional(),
  components: z
    .array(
      z.looseObject({
        'bom-ref': z.string().optional(),
        name: z.string(),
        version: z.string().optional(),
        purl: z.string().optional(),
      }),
    )
    .optional(),
  vulnerabilities: z.array(
    z.looseObject({
      id: z.string().min(1),
      source: z.looseObject({ name: z.string().optional() }).optional(),
      ratings: z.array(rating).default([]),
      description: z.string().optional(),
      affects: z.array(z.looseObject({ ref: z.string() })).default([]),
    }),
  ),
});

/** A CycloneDX BOM (JSON, 1.4–1.7) that lists vulnerabilities: Trivy's and Grype's `cyclonedx`. */
export const isCycloneDx = (doc: Record<string, unknown>) =>
  doc.bomFormat === 'CycloneDX';

/** The rating of the vulnerability's own source (as Trivy chooses), else the first with a severity. */
function ratingOf(
  ratings: Array<z.output<typeof rating>>,
  source: string | undefined,
) {
  const rated = ratings.filter(r => r.severity || r.score !== undefined);
  return rated.find(r => source && r.source?.name === source) ?? rated[0];
}

export function parseCycloneDx(doc: unknown): ScanReport {
  const bom = parseWith('cyclonedx', schema, doc);
  const components = new Map(
    (bom.components ?? []).flatMap(c =>
      [c['bom-ref'], c.purl].filter(Boolean).map(ref => [ref!, c] as const),
    ),
  );
  const findings: Finding[] = bom.vulnerabilities.flatMap(v => {
    const chosen = ratingOf(v.ratings, v.source?.name);
    const severity =
      severityOfWord(chosen?.severity) ??
      (chosen?.score !== undefined ? severityOfScore(chosen.score) : 'UNKNOWN');
    const affected = v.affects.length > 0 ? v.affects : [{ ref: undefined }];
    return affected.map(a => {
      const component = a.ref ? components.get(a.ref) : undefined;
      return compact({
        id: v.id,
        severity,
        severitySource: chosen?.source?.name,
        score: chosen?.score,
        package: component?.name,
        installedVersion: component?.version,
        purl:
          component?.purl ?? (a.ref?.startsWith('pkg:') ? a.ref : undefined),
        title: v.description,
      });
    });
  });
  const tools = bom.metadata?.tools;
  const first = Array.isArray(tools) ? tools[0] : tools?.components?.[0];
  return scanReport({
    format: 'cyclonedx',
    scanner: compact({
      name: first?.name ?? 'CycloneDX',
      version: first?.version,
      uri: first?.name ? `cyclonedx:tool/${first.name}` : 'cyclonedx:unknown',
    }),
    target: bom.metadata?.component?.name,
    startedOn: bom.metadata?.timestamp,
    finishedOn: bom.metadata?.timestamp,
    findings,
  });
}
