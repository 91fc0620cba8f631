import { parseCycloneDx, isCycloneDx } from './formats/cyclonedx';
import { isGrypeJson, parseGrypeJson } from './formats/grypeJson';
import { isSarif, parseSarif } from './formats/sarif';
import { isSnykJson, parseSnykJson } from './formats/snykJson';
import { isSpdx, parseSpdx } from './formats/spdx';
import { isTrivyJson, parseTrivyJson } from './formats/trivyJson';
import {
  ReportParseError,
  type ScanFormat,
  type ScanReport,
} from './scanReport';

const PARSERS: Record<ScanFormat, (doc: unknown) => ScanReport> = {
  'trivy-json': parseTrivyJson,
  sarif: parseSarif,
  'grype-json': parseGrypeJson,
  'snyk-json': parseSnykJson,
  cyclonedx: parseCycloneDx,
  spdx: parseSpdx,
};

const EXPECTED =
  'Trivy JSON, SARIF 2.1.0 (Trivy, Snyk, …), Grype JSON, Snyk JSON, CycloneDX with vulnerabilities, or SPDX 2 with security advisories';

/** A JSON document's scanner format, from its content; undefined when it is none of them. */
export function detectScanFormat(doc: unknown): ScanFormat | undefined {
  if (isSnykJson(doc)) return 'snyk-json';
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const d = doc as Record<string, unknown>;
  if (isSarif(d)) return 'sarif';
  if (isTrivyJson(d)) return 'trivy-json';
  if (isGrypeJson(d)) return 'grype-json';
  if (isCycloneDx(d)) return 'cyclonedx';
  if (isSpdx(d)) return 'spdx';
  return undefined;
}

/** Whether a scanner's format is also a bill of materials (then without findings it is one). */
function isBillOfMaterials(doc: Record<string, unknown>, format: ScanFormat) {
  if (format === 'cyclonedx') return !('vulnerabilities' in doc);
  if (format === 'spdx') {
    const packages = Array.isArray(doc.packages) ? doc.packages : [];
    return !packages.some(p =>
      ((p as { externalRefs?: unknown }).externalRefs as unknown[] | undefined)
        ?.map(r =>
          String((r as { referenceCategory?: unknown }).referenceCategory),
        )
        .some(c => /^SECURITY$/i.test(c.replace('_', '-'))),
    );
  }
  return false;
}

/** JSON text, or a 400-worthy ReportParseError that names the position, not the content. */
export function parseJsonReport(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    let problem = 'syntax error';
    if (position) problem = `syntax error at position ${position}`;
    else if (/end of JSON input/.test(message))
      problem = 'the text ends before the JSON is complete';
    throw new ReportParseError(
      'json',
      `not JSON: ${problem}; expected ${EXPECTED}`,
    );
  }
}

/**
 * Reads a scanner report, from the format named or detected from its content. Throws
 * ReportParseError naming the format tried and the first problem: a document of no known format,
 * one that does not match its format, or a bill of materials without findings.
 */
export function readScanReport(doc: unknown, format?: ScanFormat): ScanReport {
  const chosen = format ?? detectScanFormat(doc);
  if (!chosen)
    throw new ReportParseError(
      'json',
      `not a scanner report this plugin reads; expected ${EXPECTED}`,
    );
  if (
    chosen === 'cyclonedx' &&
    doc &&
    typeof doc === 'object' &&
    isBillOfMaterials(doc as Record<string, unknown>, chosen)
  )
    throw new ReportParseError(
      'cyclonedx',
      'vulnerabilities: the BOM lists no vulnerabilities array: a bill of materials is not a scan report; send the scanner report (e.g. trivy --format cyclonedx --scanners vuln)',
    );
  return PARSERS[chosen](doc);
}

/**
 * For evidence attached to an attestation: the scanner report it is, or undefined when it is
 * not one (a PDF, a bill of materials without findings, any other JSON). A document that is of a
 * scanner's format but does not match it still throws.
 */
export function scanReportInEvidence(doc: unknown): ScanReport | undefined {
  const format = detectScanFormat(doc);
  if (!format) return undefined;
  if (isBillOfMaterials(doc as Record<string, unknown>, format))
    return undefined;
  return readScanReport(doc, format);
}
