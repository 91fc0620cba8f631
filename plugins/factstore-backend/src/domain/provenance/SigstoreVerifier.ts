import type { Signer, Verifier } from '@sigstore/verify';

export interface SignatureVerdict {
  verified: boolean;
  /** What was checked, or why it failed (the library's error code and message). */
  detail: string;
  /** The certificate's identity (SAN) and OIDC issuer, when a certificate signed. */
  subjectAlternativeName?: string;
  issuer?: string;
}

export interface SigstoreVerifierOptions {
  /** A Sigstore `trusted_root.json` (Fulcio CAs, Rekor and CT log keys, TSAs). */
  trustedRoot: unknown;
  /** Where the trust root came from, said in every answer. */
  trustedRootSource: string;
  tlogThreshold: number;
  ctlogThreshold: number;
}

/**
 * Verifies Sigstore bundles offline against a fixed trust root with `@sigstore/verify`: the
 * certificate chains to a trusted Fulcio CA, its SCTs, the transparency-log entry (inclusion
 * proof or promise, and that it records this very signature) and the signature over the DSSE
 * envelope. Nothing is fetched.
 */
export class SigstoreVerifier {
  /**
   * The Sigstore libraries and the trust material are loaded by the first verification, not at
   * start: they are half a second of a busy machine's start.
   */
  private verifier?: Verifier;

  constructor(private readonly options: SigstoreVerifierOptions) {}

  private verifierOf(): Verifier {
    if (!this.verifier) {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const {
        TrustedRoot,
      }: typeof import('@sigstore/protobuf-specs') = require('@sigstore/protobuf-specs');
      const sigstore: typeof import('@sigstore/verify') = require('@sigstore/verify');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const root = TrustedRoot.fromJSON(this.options.trustedRoot);
      this.verifier = new sigstore.Verifier(sigstore.toTrustMaterial(root), {
        tlogThreshold: this.options.tlogThreshold,
        ctlogThreshold: this.options.ctlogThreshold,
      });
    }
    return this.verifier;
  }

  get trustedRootSource() {
    return this.options.trustedRootSource;
  }

  verify(bundleJson: Record<string, unknown>): SignatureVerdict {
    let signer: Signer;
    try {
      const verifier = this.verifierOf();
      /* eslint-disable @typescript-eslint/no-require-imports */
      const {
        bundleFromJSON,
      }: typeof import('@sigstore/bundle') = require('@sigstore/bundle');
      const {
        toSignedEntity,
      }: typeof import('@sigstore/verify') = require('@sigstore/verify');
      /* eslint-enable @typescript-eslint/no-require-imports */
      signer = verifier.verify(toSignedEntity(bundleFromJSON(bundleJson)));
    } catch (error) {
      const e = error as { code?: string; message?: string };
      return {
        verified: false,
        detail: `${e.code ?? 'VERIFICATION_ERROR'}: ${e.message ?? String(error)} (trust root: ${this.options.trustedRootSource})`,
      };
    }
    const san = signer.identity?.subjectAlternativeName;
    const issuer = signer.identity?.extensions?.issuer;
    return {
      verified: true,
      detail: `DSSE signature, certificate chain, ${this.options.ctlogThreshold} SCT(s) and ${this.options.tlogThreshold} transparency-log entr(ies) verified against ${this.options.trustedRootSource}${san ? `; signed by ${san}` : '; signed by a public key'}${issuer ? ` (issuer ${issuer})` : ''}`,
      subjectAlternativeName: san,
      issuer,
    };
  }
}
