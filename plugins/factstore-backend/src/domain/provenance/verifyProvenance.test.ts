import { ConfigReader } from '@backstage/config';
import { fixturePath } from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { readProvenanceSettings } from './provenanceSettings';
import { readProvenance } from './readProvenance';
import { verifyProvenance } from './verifyProvenance';

/** A Sigstore bundle (SLSA v1) whose Fulcio certificate names bazel-contrib's release workflow. */
const bundle = () =>
  JSON.parse(
    readFileSync(
      fixturePath(
        'attestations',
        'bcr-rules_lint-v1.3.1.provenance-v1.intoto.jsonl',
      ),
      'utf8',
    ),
  );
const SHA = '1636f443b01c9ee310ee5834956d0dce374c3d3bf8d4cebc9f6b86f8304b4982';
const SIGNER =
  'https://github.com/bazel-contrib/.github/.github/workflows/release_ruleset.yaml@refs/tags/v7.1.0';
const GENERATOR =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0';

const settings = (level3Builders?: string[]) =>
  readProvenanceSettings(
    new ConfigReader(
      level3Builders ? { factstore: { provenance: { level3Builders } } } : {},
    ),
  );
const level3 = (checks: { check: string; result: string }[]) =>
  checks.find(c => c.check === 'level3Builder');

describe('verifyProvenance: SLSA Build L3', () => {
  it('grants L3 when the verified certificate identity is a hardened builder and the provenance names it', () => {
    const result = verifyProvenance(
      readProvenance(bundle()),
      SHA,
      {},
      settings(['https://github.com/bazel-contrib/.github/.github/workflows/']),
    );
    expect(result.slsaLevel).toBe(3);
    expect(level3(result.checks)).toMatchObject({ result: 'PASSED' });
  });

  it('does not grant L3 when only the signed predicate claims a hardened builder', () => {
    const doc = readProvenance(bundle());
    // What the signer wrote: any Fulcio identity can sign a statement naming SLSA's generator.
    doc.facts.builderId = GENERATOR;
    const result = verifyProvenance(doc, SHA, {}, settings());
    expect(result.provenanceStatus).toBe('PROVENANCE_VERIFIED');
    expect(result.slsaLevel).toBe(2);
    expect(level3(result.checks)).toMatchObject({
      result: 'NOT_CHECKED',
      detail: expect.stringContaining(`signed by ${SIGNER}`),
    });
  });

  it('does not grant L3 when the hardened signer is not the builder the provenance names', () => {
    const doc = readProvenance(bundle());
    doc.facts.builderId =
      'https://github.com/bazel-contrib/.github/.github/workflows/other.yaml@refs/heads/main';
    const result = verifyProvenance(
      doc,
      SHA,
      {},
      settings(['https://github.com/bazel-contrib/.github/.github/workflows/']),
    );
    expect(result.slsaLevel).toBe(2);
  });

  it('never grants L3 without a verified signer', () => {
    const doc = readProvenance({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'x', digest: { sha256: SHA } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: { buildType: 'https://example.com/build' },
        runDetails: { builder: { id: GENERATOR } },
      },
    });
    const result = verifyProvenance(doc, SHA, {}, settings());
    expect(result.slsaLevel).toBe(1);
    expect(level3(result.checks)).toMatchObject({ result: 'NOT_CHECKED' });
  });
});
