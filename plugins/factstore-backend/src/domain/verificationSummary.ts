/** Options of an in-toto SLSA Verification Summary (VSA) about one artifact. */
export interface VerificationSummaryInput {
  verifierId: string;
  artifactName: string;
  sha256: string;
  /** Where the policy lives: the flow that was asserted. */
  policyUri: string;
  /** The attestations that decided, as resource descriptors. */
  inputAttestations: Array<{ uri: string; digest?: string }>;
  passed: boolean;
  timeVerified: string;
}

/**
 * An unsigned in-toto Statement v1 with a SLSA verification_summary/v1 predicate: the standard
 * shape of "this artifact was checked against this policy", readable by admission controllers and
 * other verifiers. `verifiedLevels` holds FACTSTORE_FLOW_COMPLIANT when it passed (custom values
 * must not start with SLSA_; no build-track level is claimed).
 */
export function verificationSummary(input: VerificationSummaryInput) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: input.artifactName, digest: { sha256: input.sha256 } }],
    predicateType: 'https://slsa.dev/verification_summary/v1',
    predicate: {
      verifier: { id: input.verifierId },
      timeVerified: input.timeVerified,
      resourceUri: `sha256:${input.sha256}`,
      policy: { uri: input.policyUri },
      inputAttestations: input.inputAttestations.map(a => ({
        uri: a.uri,
        ...(a.digest ? { digest: { sha256: a.digest } } : {}),
      })),
      verificationResult: input.passed ? 'PASSED' : 'FAILED',
      verifiedLevels: input.passed ? ['FACTSTORE_FLOW_COMPLIANT'] : [],
    },
  };
}
