import YAML from 'yaml';

interface TemplateAttestation {
  name?: unknown;
  type?: unknown;
}

/**
 * Reads a Kosli flow template (`version: 1`, `trail.attestations[]`, `trail.artifacts[].attestations[]`)
 * and returns the attestation types it requires. Throws with the reason when it is not one.
 */
export function requiredTypesFromTemplate(text: string): string[] {
  let doc: unknown;
  try {
    doc = YAML.parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new Error(`not valid YAML: ${(error as Error).message}`);
  }
  const trail = (doc as { trail?: { attestations?: unknown; artifacts?: unknown } } | null)?.trail;
  if (!trail || typeof trail !== 'object') throw new Error('a Kosli flow template needs a "trail" mapping');
  const types = new Set<string>();
  const take = (list: unknown, where: string) => {
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) throw new Error(`${where} must be a list`);
    list.forEach((item: TemplateAttestation, i) => {
      if (typeof item?.type !== 'string' || !item.type) throw new Error(`${where}[${i}].type must be a string`);
      types.add(item.type);
    });
  };
  take(trail.attestations, 'trail.attestations');
  if (trail.artifacts !== undefined && trail.artifacts !== null) {
    if (!Array.isArray(trail.artifacts)) throw new Error('trail.artifacts must be a list');
    trail.artifacts.forEach((artifact: { attestations?: unknown }, i: number) => take(artifact?.attestations, `trail.artifacts[${i}].attestations`));
  }
  return [...types];
}

/** A Kosli-style template for a flow that was created from a list of required types. */
export function templateFromRequiredTypes(types: string[]): string {
  return YAML.stringify({ version: 1, trail: { attestations: types.map(type => ({ name: type, type })) } });
}
