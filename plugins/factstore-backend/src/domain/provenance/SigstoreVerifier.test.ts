import { SigstoreVerifier } from './SigstoreVerifier';

describe('SigstoreVerifier', () => {
  // A certificate authority whose certificate is not DER: @sigstore/verify refuses the root.
  const unusableRoot = {
    certificateAuthorities: [
      {
        certChain: {
          certificates: [
            { rawBytes: Buffer.from('not a certificate').toString('base64') },
          ],
        },
        validFor: { start: '2020-01-01T00:00:00Z' },
      },
    ],
  };

  it('reads the trust material with its first verification, which fails naming why when it is unusable', () => {
    const verifier = new SigstoreVerifier({
      trustedRoot: unusableRoot,
      trustedRootSource: 'the trust root in /etc/test/trusted_root.json',
      tlogThreshold: 1,
      ctlogThreshold: 1,
    });
    const verdict = verifier.verify({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    });
    expect(verdict.verified).toBe(false);
    expect(verdict.detail).toMatch(
      /^VERIFICATION_ERROR: .+ \(trust root: the trust root in \/etc\/test\/trusted_root\.json\)$/,
    );
  });
});
