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
 * Build L3 follows from who verifiably signed, as slsa-verifier decides it: the Fulcio
 * certificate's identity must be a builder trusted for hardened builds, and the predicate's
 * builder id must be that same identity. The builder id alone is what the signer wrote, so it
 * grants nothing; without a verified signer there is no L3. Absent when neither names such a builder.
 */
function level3Check(
  doc: ProvenanceDocument,
  signer: { san?: string } | undefined,
  level3Builders: string[],
): ProvenanceCheck | undefined {
  const trusted = (id: string | undefined) =>
    id !== undefined && level3Builders.some(prefix => id.startsWith(prefix));
  const claimed = doc.facts.builderId;
  if (!trusted(signer?.san) && !trusted(claimed)) return undefined;
  if (!signer?.san)
    return notChecked(
      'level3Builder',
      `the provenance names ${claimed} as its builder, but no verified certificate identity says so: not Build L3`,
    );
  if (!trusted(signer.san))
    return notChecked(
      'level3Builder',
      `signed by ${signer.san}, which is not a builder trusted for hardened builds, though the provenance names ${claimed}: not Build L3`,
    );
  return claimed === signer.san
    ? passed(
        'level3Builder',
        `signed by ${signer.san}, a builder trusted for hardened builds, and the provenance names it as its builder`,
      )
    : notChecked(
        'level3Builder',
        `signed by the hardened builder ${signer.san}, but the provenance names ${claimed ?? 'no builder'}: not Build L3`,
      );
}

/**
 * Every check a provenance is put through, each PASSED, FAILED or NOT_CHECKED with what was
 * looked at: the subject digest against the artifact's, the predicate type, the signature (a
 * Sigstore bundle, offline against the configured trust root), and any expectations given.
 * The SLSA build level follows: 1 for provenance, 2 when signed and verified, 3 when the verified
 * signer is a builder trusted for hardened builds and the provenance names it; 0 when a check fails.
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
  const level3 = level3Check(doc, signer, options.level3Builders);
  if (level3) checks.push(level3);
  const hardened = level3?.result === 'PASSED';
  let level = 1;
  if (anyFailed) level = 0;
  else if (signed) level = hardened ? 3 : 2;
  let provenanceStatus: ProvenanceStatus = 'PROVENANCE_UNVERIFIED';
  if (anyFailed) provenanceStatus = 'PROVENANCE_FAILED';
  else if (signed) provenanceStatus = 'PROVENANCE_VERIFIED';
  return { provenanceStatus, slsaLevel: level, checks };
}
