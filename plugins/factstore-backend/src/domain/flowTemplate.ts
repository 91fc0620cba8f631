import YAML from 'yaml';

interface TemplateAttestation {
  name?: unknown;
  type?: unknown;
}

/** One attestation a Kosli template asks for: its name (how attestations refer to it) and type. */
export interface TemplateEntry {
  name: string;
  type: string;
}

/** A Kosli flow template as a structure: what the trail itself needs, and what each named artifact needs. */
export interface FlowTemplate {
  trail: TemplateEntry[];
  artifacts: Array<{ name: string; attestations: TemplateEntry[] }>;
}

/** A template's YAML document; throws "not valid YAML" with the parser's reason. */
export function readTemplateYaml(text: string): unknown {
  try {
    return YAML.parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new Error(`not valid YAML: ${(error as Error).message}`);
  }
}

/**
 * Reads a Kosli flow template (`version: 1`, optional `trail.attestations[]`, `trail.artifacts[].attestations[]`).
 * Throws with the reason when it is not one. A missing entry name falls back to its type, a missing
 * artifact name to its position (`trail.artifacts[0]`), as templates stored before names were read.
 */
export function parseFlowTemplate(text: string): FlowTemplate {
  const doc = readTemplateYaml(text);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new Error('a Kosli flow template is a YAML mapping');
  // `version: 1` alone is a template that asks for nothing (`kosli create flow --use-empty-template`).
  const trail = (
    doc as { trail?: { attestations?: unknown; artifacts?: unknown } | null }
  ).trail ?? { attestations: [], artifacts: [] };
  if (typeof trail !== 'object') throw new Error('"trail" must be a mapping');
  const entries = (list: unknown, where: string): TemplateEntry[] => {
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) throw new Error(`${where} must be a list`);
    return list.map((item: TemplateAttestation, i) => {
      if (typeof item?.type !== 'string' || !item.type)
        throw new Error(`${where}[${i}].type must be a string`);
      return {
        name:
          typeof item.name === 'string' && item.name ? item.name : item.type,
        type: item.type,
      };
    });
  };
  const template: FlowTemplate = {
    trail: entries(trail.attestations, 'trail.attestations'),
    artifacts: [],
  };
  if (trail.artifacts !== undefined && trail.artifacts !== null) {
    if (!Array.isArray(trail.artifacts))
      throw new Error('trail.artifacts must be a list');
    template.artifacts = trail.artifacts.map(
      (artifact: { name?: unknown; attestations?: unknown }, i: number) => ({
        name:
          typeof artifact?.name === 'string' && artifact.name
            ? artifact.name
            : `trail.artifacts[${i}]`,
        attestations: entries(
          artifact?.attestations,
          `trail.artifacts[${i}].attestations`,
        ),
      }),
    );
  }
  return template;
}

/** The attestation types a Kosli flow template requires, trail and artifacts together. */
export function requiredTypesFromTemplate(text: string): string[] {
  const template = parseFlowTemplate(text);
  return [
    ...new Set(
      [
        ...template.trail,
        ...template.artifacts.flatMap(a => a.attestations),
      ].map(e => e.type),
    ),
  ];
}

/** A Kosli-style template for a flow that was created from a list of required types. */
export function templateFromRequiredTypes(types: string[]): string {
  return YAML.stringify({
    version: 1,
    trail: { attestations: types.map(type => ({ name: type, type })) },
  });
}
