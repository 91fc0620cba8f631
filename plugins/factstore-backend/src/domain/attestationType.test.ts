import type { LatestAttestation } from '../database/AttestationStore';
import {
  answeringLookup,
  answersRequirement,
  attestationTypeKey,
  sameAttestationType,
} from './attestationType';
import { evaluateTrailCompliance } from './trailCompliance';

let seq = 0;
const attestation = (
  type: string,
  status: LatestAttestation['status'] = 'PASSED',
  name = type,
): LatestAttestation => ({
  seq: ++seq,
  id: `a${seq}`,
  trailId: 't',
  type,
  name,
  status,
  attestedBy: 'user:default/jane',
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
});

describe('attestation types', () => {
  it('compares built-in types in any case, custom type names as spelled', () => {
    expect(attestationTypeKey('JUNIT')).toBe('junit');
    expect(attestationTypeKey('Pull_Request')).toBe('pull_request');
    expect(attestationTypeKey('custom:Coverage')).toBe('custom:Coverage');
    expect(attestationTypeKey('CUSTOM:Coverage')).toBe('custom:Coverage');
    expect(sameAttestationType('junit', 'JUnit')).toBe(true);
    expect(sameAttestationType('SNYK', 'snyk')).toBe(true);
    expect(sameAttestationType('custom:coverage', 'custom:coverage')).toBe(
      true,
    );
    expect(sameAttestationType('custom:coverage', 'custom:Coverage')).toBe(
      false,
    );
    // Not a custom type: an ordinary type named like one is never equal to one.
    expect(sameAttestationType('custom-coverage', 'custom:coverage')).toBe(
      false,
    );
  });

  it('answers a requirement by type in any case, by name exactly', () => {
    expect(answersRequirement({ type: 'junit', name: 'x' }, 'JUNIT')).toBe(
      true,
    );
    expect(
      answersRequirement({ type: 'generic', name: 'junit' }, 'JUNIT'),
    ).toBe(false);
    expect(
      answersRequirement({ type: 'generic', name: 'junit' }, 'junit'),
    ).toBe(true);
  });

  it('the newest answering attestation decides, whatever its spelling', () => {
    const list = [
      attestation('junit', 'PASSED'),
      attestation('JUNIT', 'FAILED'),
      attestation('snyk', 'PASSED'),
    ];
    const lookup = answeringLookup(list);
    expect(lookup('JUnit')?.status).toBe('FAILED');
    expect(lookup('junit')).toBe(list[1]);
    expect(lookup('JUNIT')).toBe(list[1]);
    expect(lookup('SNYK')).toBe(list[2]);
    expect(lookup('Snyk')).toBe(list[2]);
    expect(lookup('trivy')).toBeUndefined();
    expect(answeringLookup([])('junit')).toBeUndefined();
  });

  it('looks up a custom type as spelled, and a name exactly', () => {
    const list = [
      attestation('custom:Coverage', 'PASSED', 'cov'),
      attestation('custom:coverage', 'FAILED', 'cov-2'),
      attestation('generic', 'PASSED', 'junit'),
    ];
    const lookup = answeringLookup(list);
    expect(lookup('custom:Coverage')).toBe(list[0]);
    expect(lookup('CUSTOM:Coverage')).toBe(list[0]);
    expect(lookup('custom:coverage')).toBe(list[1]);
    expect(lookup('custom:COVERAGE')).toBeUndefined();
    expect(lookup('cov')).toBe(list[0]);
    expect(lookup('COV')).toBeUndefined();
    // A name answers only as spelled, but a type named like it in any case still does.
    expect(lookup('junit')).toBe(list[2]);
    expect(lookup('JUNIT')).toBeUndefined();
    expect(lookup('Generic')).toBe(list[2]);
  });

  it('the newer of a type match and a name match decides', () => {
    const byType = attestation('junit', 'PASSED', 'tests');
    const byName = attestation('generic', 'FAILED', 'junit');
    expect(answeringLookup([byType, byName])('junit')).toBe(byName);
    expect(answeringLookup([byName, byType])('junit')).toBe(byType);
    // Only the type matches in another case: the name match is ignored.
    expect(answeringLookup([byType, byName])('JUnit')).toBe(byType);
  });

  it('trail compliance: a custom type requirement is not met by another custom type differing in case', () => {
    const rules = {
      requiredAttestations: ['custom:coverage'],
      requiresApproval: false,
      templateYaml:
        'version: 1\ntrail:\n  attestations:\n    - type: custom:coverage\n',
    };
    const other = evaluateTrailCompliance({
      rules,
      artifacts: [],
      latest: [attestation('custom:Coverage', 'PASSED', 'cov')],
    });
    expect(other.status).toBe('INCOMPLETE');
    expect(other.missingAttestations).toEqual(['custom:coverage']);
    const same = evaluateTrailCompliance({
      rules,
      artifacts: [],
      latest: [attestation('custom:coverage', 'PASSED', 'cov')],
    });
    expect(same.status).toBe('COMPLIANT');
  });

  it('trail compliance: JUnit meets a junit template entry named by its type, and a later FAILED JUNIT fails it', () => {
    const rules = {
      requiredAttestations: ['junit'],
      requiresApproval: false,
      templateYaml: 'version: 1\ntrail:\n  attestations:\n    - type: junit\n',
    };
    const passed = attestation('JUnit', 'PASSED', 'tests');
    expect(
      evaluateTrailCompliance({ rules, artifacts: [], latest: [passed] })
        .status,
    ).toBe('COMPLIANT');
    const failed = attestation('JUNIT', 'FAILED', 'tests-2');
    const later = evaluateTrailCompliance({
      rules,
      artifacts: [],
      latest: [passed, failed],
    });
    expect(later.status).toBe('NON-COMPLIANT');
    // The later FAILED one decides the requirement (it is not merely unexpected).
    expect(later.attestations).toEqual([
      expect.objectContaining({
        name: 'junit',
        result: 'FAILED',
        attestationId: failed.id,
        unexpected: false,
      }),
      expect.objectContaining({ attestationId: passed.id, unexpected: true }),
    ]);
  });
});
