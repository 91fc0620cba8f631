import { gunzipSync } from 'node:zlib';
import { readTarFiles, type TarReadError } from '../archive/readTarFiles';
import { attestationTypeKey } from '../domain/attestationType';
import { mergeJUnit, parseJUnit, type JUnitSummary } from '../domain/junit';
import {
  parseJsonReport,
  readScanReport,
  scanReportInEvidence,
} from './readScanReport';
import { ReportParseError, type ScanReport } from './scanReport';

/** What an evidence file turned out to be. */
export type EvidenceReading =
  | { kind: 'junit'; junit: JUnitSummary }
  | { kind: 'scan'; scan: ScanReport }
  /** Anything else (a PDF, a tarball without JUnit reports, a bill of materials): stored, not read. */
  | { kind: 'other' };

/** Decompressed evidence larger than this is not read (a gzip bomb is stored, not expanded). */
const MAX_READ_BYTES = 64 * 1024 * 1024;

/** The start of a JUnit report's root element. */
const JUNIT_ROOT = /<testsuites?[\s>]/;

/**
 * Attestation types named for a scanner this plugin reads: their evidence must be that scanner's
 * report, as a junit attestation's must be a JUnit report, so a claim cannot stand on a file that
 * says nothing.
 */
const SCANNER_TYPES = new Set(['trivy', 'grype', 'snyk', 'sarif']);

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;
const isTar = (bytes: Buffer) =>
  bytes.length > 262 && bytes.subarray(257, 262).toString('latin1') === 'ustar';

/**
 * The file's bytes, gunzipped when it is a gzip of one file (as some CI steps send reports);
 * undefined when it expands beyond MAX_READ_BYTES; why not, when it is a corrupt gzip.
 */
function contentOf(bytes: Buffer): Buffer | { corrupt: string } | undefined {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_READ_BYTES });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      return undefined;
    return { corrupt: (error as Error).message };
  }
}

/**
 * Reads an evidence file by its content: a JUnit XML report (or any file attached to a `junit`
 * attestation) is parsed into counts, a scanner report (or any file attached to an attestation
 * named for a scanner, see SCANNER_TYPES) into findings; anything else is kept unread. A file that is a report but does not parse throws ReportParseError, naming the format
 * tried and the first problem. Tarballs (the Kosli CLI's evidence.tgz of several files) are kept
 * unread: the results the CLI sent beside them decide.
 */
export async function readEvidence(
  file: Buffer,
  hint: { type: string },
): Promise<EvidenceReading> {
  const bytes = contentOf(file);
  const type = attestationTypeKey(hint.type);
  const junit = type === 'junit';
  const scanner = SCANNER_TYPES.has(type);
  // A junit or scanner attestation's evidence must be read: a corrupt gzip, or one that expands
  // beyond what is read, would otherwise leave its claim.
  if (!bytes || 'corrupt' in bytes) {
    if (junit || scanner)
      throw new ReportParseError(
        junit ? 'junit' : 'json',
        bytes
          ? `not a readable gzip file: ${bytes.corrupt}`
          : `the gzip expands beyond ${MAX_READ_BYTES / 2 ** 20} MiB, more than is read`,
      );
    return { kind: 'other' };
  }
  // The Kosli CLI's evidence.tgz (its attachments, the scan results among them) is not read:
  // the results it sent beside it decide.
  if (isTar(bytes)) return junit ? junitInTar(bytes) : { kind: 'other' };
  if (scanner)
    return {
      kind: 'scan',
      scan: readScanReport(parseJsonReport(bytes.toString('utf8'))),
    };
  const head = bytes.subarray(0, 4096).toString('utf8');
  if (junit || JUNIT_ROOT.test(head)) {
    try {
      return { kind: 'junit', junit: parseJUnit(bytes.toString('utf8')) };
    } catch (error) {
      throw new ReportParseError('junit', (error as Error).message);
    }
  }
  if (/^\s*[[{]/.test(head)) {
    let doc: unknown;
    try {
      doc = parseJsonReport(bytes.toString('utf8'));
    } catch {
      return { kind: 'other' };
    }
    const scan = scanReportInEvidence(doc);
    return scan ? { kind: 'scan', scan } : { kind: 'other' };
  }
  return { kind: 'other' };
}

/**
 * The JUnit reports (`*.xml` rooted in `<testsuite(s)>`) of a tar archive, as one summary: a results directory sent whole
 * (as the Kosli CLI's --results-dir names one). An archive without any is not read; one whose
 * report does not parse is refused naming that file.
 */
async function junitInTar(bytes: Buffer): Promise<EvidenceReading> {
  let files: Map<string, Buffer>;
  try {
    files = await readTarFiles(bytes, MAX_READ_BYTES);
  } catch (error) {
    if ((error as TarReadError).tooLarge) return { kind: 'other' };
    throw new ReportParseError(
      'junit',
      `not a readable tar archive: ${(error as Error).message}`,
    );
  }
  // Only XML documents rooted in a test suite: a results directory may hold other XML
  // (coverage, build descriptors) that is not a test report.
  const reports = [...files].filter(
    ([path, content]) =>
      /\.xml$/i.test(path) &&
      JUNIT_ROOT.test(content.subarray(0, 4096).toString('utf8')),
  );
  if (reports.length === 0) return { kind: 'other' };
  const summaries = reports.map(([path, report]) => {
    try {
      return parseJUnit(report.toString('utf8'));
    } catch (error) {
      throw new ReportParseError(
        'junit',
        `${path}: ${(error as Error).message}`,
      );
    }
  });
  return { kind: 'junit', junit: mergeJUnit(summaries) };
}
