import type {
  ProvenanceCheck,
  ProvenanceStatus,
} from '../../database/ProvenanceStore';
import type { ProvenanceDocument } from './readProvenance';
import { SLSA_PROVENANCE_TYPES } from './readProvenance';
import type { SigstoreVerifier } from './SigstoreVerifier';

/** What a verifier expects of a provenance, beyond its digest (`…/provenance/verify`'s body). */
export interface ProvenanceExpectations {
  builderId?: string;
  sourceRepositoryUri?: string;
  /** The signing certificate's identity, e.g. the workflow `https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1`. */
  certificateIdentity?: string;
  certificateIssuer?: string;
}

export interface ProvenanceVerification {
  provenanceStatus: ProvenanceStatus;
  slsaLevel: number;
  checks: ProvenanceCheck[];
}

export interface VerifyOptions {
  verifier: SigstoreVerifier;
  /** Builder ids (prefixes) trusted to run hardened, isolated builds: SLSA Build L3. */
  level3Builders: string[];
}

const passed = (check: string, detail: string): ProvenanceCheck => ({
  check,
  result: 'PASSED',
  detail,
});
const failed = (check: string, detail: string): ProvenanceCheck => ({
  check,
  result: 'FAILED',
  detail,
});
const notChecked = (check: string, detail: string): ProvenanceCheck => ({
  check,
  result: 'NOT_CHECKED',
  detail,
});

function subjectCheck(doc: ProvenanceDocument, sha256: string) {
  if (!doc.statement)
    return notChecked(
      'subjectDigest',
      'OpenFactstore fields name no subject: bound to the artifact by the path only',
    );
  const match = doc.statement.subject.find(
    s => s.digest.sha256?.toLowerCase() === sha256,
  );
  if (match)
    return passed(
      'subjectDigest',
      `subject ${match.name ?? '(unnamed)'} has sha256:${sha256}, the artifact's digest`,
    );
  const seen = doc.statement.subject
    .map(s =>
      Object.entries(s.digest)
        .map(([alg, value]) => `${alg}:${value.slice(0, 16)}…`)
        .join(' '),
    )
    .join(', ');
  return failed(
    'subjectDigest',
    `no subject has the artifact's digest sha256:${sha256} (subjects: ${seen})`,
  );
}

function expectation(
  check: string,
  expected: string | undefined,
  actual: string | undefined,
  what: string,
) {
  if (expected === undefined)
    return notChecked(
      check,
      `no expected ${what} given; the provenance says ${actual ?? 'nothing'}`,
    );
  return expected === actual
    ? passed(check, `${what} is ${actual}, as expected`)
    : failed(check, `${what} is ${actual ?? 'absent'}, expected ${expected}`);
}

/**
 * Every check a provenance is put through, each PASSED, FAILED or NOT_CHECKED with what was
 * looked at: the subject digest against the artifact's, the predicate type, the signature (a
 * Sigstore bundle, offline against the configured trust root), and any expectations given.
 * The SLSA build level follows: 1 for provenance, 2 when signed and verified, 3 when signed by a
 * builder trusted for hardened builds; 0 when a check fails.
 */
export function verifyProvenance(
  doc: ProvenanceDocument,
  sha256: string,
  expected: ProvenanceExpectations,
  options: VerifyOptions,
): ProvenanceVerification {
  const checks: ProvenanceCheck[] = [subjectCheck(doc, sha256)];
  if (doc.statement)
    checks.push(
      passed(
        'predicateType',
        `SLSA provenance ${SLSA_PROVENANCE_TYPES[doc.statement.predicateType as keyof typeof SLSA_PROVENANCE_TYPES]} (${doc.statement.predicateType}) in an ${doc.statement._type}`,
      ),
    );
  let signer: { san?: string; issuer?: string } | undefined;
  if (doc.bundle) {
    const verdict = options.verifier.verify(doc.bundle);
    checks.push(
      verdict.verified
        ? passed('signature', verdict.detail)
        : failed('signature', verdict.detail),
    );
    if (verdict.verified)
      signer = { san: verdict.subjectAlternativeName, issuer: verdict.issuer };
  } else {
    checks.push(
      notChecked(
        'signature',
        doc.format === 'dsse-envelope'
          ? 'a DSSE envelope alone carries no certificate chain or transparency-log entry to verify offline: send its Sigstore bundle'
          : 'nothing signed was sent',
      ),
    );
  }
  checks.push(
    expectation(
      'builderId',
      expected.builderId,
      doc.facts.builderId,
      'builder id',
    ),
  );
  if (expected.sourceRepositoryUri !== undefined)
    checks.push(
      expectation(
        'sourceRepository',
        expected.sourceRepositoryUri,
        doc.facts.sourceRepositoryUri,
        'source repository',
      ),
    );
  for (const [check, want, got, what] of [
    [
      'certificateIdentity',
      expected.certificateIdentity,
      signer?.san,
      'signing certificate identity',
    ],
    [
      'certificateIssuer',
      expected.certificateIssuer,
      signer?.issuer,
      'signing certificate issuer',
    ],
  ] as const) {
    if (want === undefined) continue;
    checks.push(
      signer
        ? expectation(check, want, got, what)
        : failed(
            check,
            `expected ${want}, but no verified certificate signed this provenance`,
          ),
    );
  }

  const anyFailed = checks.some(c => c.result === 'FAILED');
  const signed = checks.some(
    c => c.check === 'signature' && c.result === 'PASSED',
  );
  const hardened = options.level3Builders.some(prefix =>
    doc.facts.builderId.startsWith(prefix),
  );
  let level = 1;
  if (anyFailed) level = 0;
  else if (signed) level = hardened ? 3 : 2;
  let provenanceStatus: ProvenanceStatus = 'PROVENANCE_UNVERIFIED';
  if (anyFailed) provenanceStatus = 'PROVENANCE_FAILED';
  else if (signed) provenanceStatus = 'PROVENANCE_VERIFIED';
  return { provenanceStatus, slsaLevel: level, checks };
}
