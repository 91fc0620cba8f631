import { z } from 'zod';
import type { Finding } from '../findings';
import {
  compact,
  parseWith,
  ReportParseError,
  scanReport,
  type ScanReport,
} from '../scanReport';

const schema = z.looseObject({
  spdxVersion: z.string().regex(/^SPDX-2\./, 'must be an SPDX 2.x version'),
  name: z.string().optional(),
  creationInfo: z
    .looseObject({
      created: z.string().optional(),
      creators: z.array(z.string()).default([]),
    })
    .optional(),
  packages: z
    .array(
      z.looseObject({
        name: z.string(),
        versionInfo: z.string().nullish(),
        externalRefs: z
          .array(
            z.looseObject({
              referenceCategory: z.string(),
              referenceType: z.string(),
              referenceLocator: z.string(),
            }),
          )
          .nullish(),
      }),
    )
    .default([]),
});

/** An SPDX 2.x JSON document. */
export const isSpdx = (doc: Record<string, unknown>) =>
  typeof doc.spdxVersion === 'string';

/**
 * An SPDX 2.x document carries findings only as SECURITY `advisory` references of its packages
 * (SPDX has no severity: each is UNKNOWN). A document without any is a bill of materials, not a
 * scan: it is refused, rather than read as "no vulnerabilities".
 */
export function parseSpdx(doc: unknown): ScanReport {
  const spdx = parseWith('spdx', schema, doc);
  const findings: Finding[] = spdx.packages.flatMap(p =>
    (p.externalRefs ?? [])
      .filter(
        r =>
          r.referenceCategory.toUpperCase().replace('_', '-') === 'SECURITY' &&
          r.referenceType === 'advisory',
      )
      .map(r =>
        compact({
          id: r.referenceLocator.split('/').filter(Boolean).pop()!,
          severity: 'UNKNOWN' as const,
          severitySource: 'spdx-advisory',
          package: p.name,
          installedVersion: p.versionInfo ?? undefined,
          purl: p.externalRefs?.find(x => x.referenceType === 'purl')
            ?.referenceLocator,
          title: r.referenceLocator,
        }),
      ),
  );
  if (findings.length === 0)
    throw new ReportParseError(
      'spdx',
      `the document lists ${spdx.packages.length} packages and no security findings (externalRefs of category SECURITY, type advisory): a bill of materials is not a scan report; send the scanner's vulnerability report`,
    );
  const tool = spdx.creationInfo?.creators
    .find(c => c.startsWith('Tool:'))
    ?.slice('Tool:'.length)
    .trim();
  return scanReport({
    format: 'spdx',
    scanner: compact({
      name: tool ?? 'SPDX',
      uri: tool ? `spdx:tool/${tool}` : 'spdx:unknown',
    }),
    target: spdx.name,
    startedOn: spdx.creationInfo?.created,
    finishedOn: spdx.creationInfo?.created,
    findings,
  });
}
