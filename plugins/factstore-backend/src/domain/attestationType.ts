import { z } from 'zod';

/** An attestation's type, as routes and incoming webhooks take it. */
export const attestationTypeSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'must be 1-64 letters, digits, ".", "_" or "-"',
  );

const CUSTOM = /^custom:/i;

/**
 * The form in which types are compared. Built-in types in any case are one type (OpenFactstore
 * clients send `JUNIT`, the Kosli CLI `junit`): lower case, ASCII only, so that the database and
 * every runtime agree. A Kosli custom type, `custom:<name>`, keeps its name's case: names are
 * unique per org only as spelled, and `custom:Coverage` and `custom:coverage` may be two types
 * with different schemas and rules.
 */
export function attestationTypeKey(type: string): string {
  if (CUSTOM.test(type)) return `custom:${type.slice('custom:'.length)}`;
  return type.replace(/[A-Z]+/g, upper => upper.toLowerCase());
}

/** Whether two spellings name the same attestation type (see attestationTypeKey). */
export function sameAttestationType(a: string, b: string): boolean {
  return a === b || attestationTypeKey(a) === attestationTypeKey(b);
}

/**
 * Whether an attestation answers a requirement (a required type, or a template entry's name): its
 * type is that type in any case (custom types as spelled), or its name is the requirement exactly.
 */
export function answersRequirement(
  attestation: { type: string; name: string },
  requirement: string,
): boolean {
  return (
    attestation.name === requirement ||
    sameAttestationType(attestation.type, requirement)
  );
}

/**
 * For attestations listed oldest first, a lookup of the newest one answering a requirement (see
 * answersRequirement): the latest one decides, so a later FAILED in another case overrides an
 * earlier PASSED. Made in one pass, so that looking up every key of a long list stays linear.
 */
export function answeringLookup<T extends { type: string; name: string }>(
  oldestFirst: readonly T[],
): (requirement: string) => T | undefined {
  const byType = new Map<string, number>();
  const byName = new Map<string, number>();
  oldestFirst.forEach((a, i) => {
    byType.set(attestationTypeKey(a.type), i);
    byName.set(a.name, i);
  });
  return requirement => {
    const i = Math.max(
      byType.get(attestationTypeKey(requirement)) ?? -1,
      byName.get(requirement) ?? -1,
    );
    return i < 0 ? undefined : oldestFirst[i];
  };
}
