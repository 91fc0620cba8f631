import { z } from 'zod';

/** One piece of evidence a control asks for. */
export type Requirement =
  | { kind: 'ATTESTATION'; attestationType: string }
  | { kind: 'APPROVAL' }
  | { kind: 'PROVENANCE'; minSlsaLevel: number }
  | { kind: 'POLICY'; policyId?: string }
  | { kind: 'SECURITY_SCAN' }
  | { kind: 'TRAIL_COMPLIANT' };

/** Requirements about each artifact rather than the trail. */
export const isArtifactRequirement = (r: Requirement) =>
  r.kind === 'PROVENANCE' || r.kind === 'POLICY' || r.kind === 'SECURITY_SCAN';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Reads a control's `requiredEvidenceTypes` entry: `approval`, `provenance[:L1|L2|L3]`, `gate`,
 * `policy:<policyId>`, `security-scan`, `trail-compliant`, or an attestation type
 * (`attestation:junit`, or bare `junit` as OpenFactstore writes them). Undefined when malformed.
 */
export function parseRequirement(text: string): Requirement | undefined {
  const [head, arg] = text.includes(':')
    ? [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)]
    : [text, undefined];
  switch (head) {
    case 'approval':
      return arg === undefined ? { kind: 'APPROVAL' } : undefined;
    case 'provenance': {
      if (arg === undefined) return { kind: 'PROVENANCE', minSlsaLevel: 1 };
      const level = /^L([1-3])$/.exec(arg);
      return level
        ? { kind: 'PROVENANCE', minSlsaLevel: Number(level[1]) }
        : undefined;
    }
    case 'gate':
      return arg === undefined ? { kind: 'POLICY' } : undefined;
    case 'policy':
      return arg && UUID.test(arg)
        ? { kind: 'POLICY', policyId: arg.toLowerCase() }
        : undefined;
    case 'security-scan':
      return arg === undefined ? { kind: 'SECURITY_SCAN' } : undefined;
    case 'trail-compliant':
      return arg === undefined ? { kind: 'TRAIL_COMPLIANT' } : undefined;
    case 'attestation':
      return arg && TYPE.test(arg)
        ? { kind: 'ATTESTATION', attestationType: arg }
        : undefined;
    default:
      return arg === undefined && TYPE.test(head)
        ? { kind: 'ATTESTATION', attestationType: head }
        : undefined;
  }
}

/** How a requirement is named in answers and reports. */
export function describeRequirement(r: Requirement): string {
  switch (r.kind) {
    case 'ATTESTATION':
      return `attestation:${r.attestationType}`;
    case 'APPROVAL':
      return 'approval';
    case 'PROVENANCE':
      return `provenance:L${r.minSlsaLevel}`;
    case 'POLICY':
      return r.policyId ? `policy:${r.policyId}` : 'gate';
    case 'SECURITY_SCAN':
      return 'security-scan';
    default:
      return 'trail-compliant';
  }
}

/** A zod field for `requiredEvidenceTypes`: each entry must read as a requirement. */
export const requiredEvidenceTypesSchema = z
  .array(
    z.string().refine(t => parseRequirement(t) !== undefined, {
      message:
        'must be approval, provenance[:L1|L2|L3], gate, policy:<policyId>, security-scan, trail-compliant, or an attestation type (attestation:<type> or <type>)',
    }),
  )
  .max(50)
  .default([]);
