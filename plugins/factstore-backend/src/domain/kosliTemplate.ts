import { readTemplateYaml } from './flowTemplate';

/** The attestation types a Kosli template may name; `custom:<type>` names a custom attestation type. */
export const KOSLI_TEMPLATE_TYPES = [
  'generic',
  'junit',
  'snyk',
  'sonar',
  'jira',
  'pull_request',
  'decision',
] as const;

const KEYS = {
  root: ['version', 'trail'],
  trail: ['attestations', 'artifacts'],
  artifact: ['name', 'attestations'],
  attestation: ['name', 'type'],
} as const;

/** Names are referred to as `artifact.attestation`: no dot, no blank. */
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$/;

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  where: string,
) {
  for (const key of Object.keys(value))
    if (!allowed.includes(key))
      throw new Error(
        `${where ? `${where}.` : ''}${key}: unknown key (expected ${allowed.join(', ')})`,
      );
}

function checkName(value: unknown, where: string, seen: Set<string>) {
  if (typeof value !== 'string' || !NAME.test(value))
    throw new Error(
      `${where}.name: must be a name of letters, digits, "_" or "-" (no ".")`,
    );
  if (seen.has(value)) throw new Error(`${where}.name: "${value}" is repeated`);
  seen.add(value);
}

function checkAttestations(list: unknown, where: string) {
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) throw new Error(`${where}: must be a list`);
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const at = `${where}[${i}]`;
    if (!isMapping(item)) throw new Error(`${at}: must be a mapping`);
    checkKeys(item, KEYS.attestation, at);
    checkName(item.name, at, seen);
    const type = item.type;
    const known =
      typeof type === 'string' &&
      ((KOSLI_TEMPLATE_TYPES as readonly string[]).includes(type) ||
        /^custom:[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$/.test(type));
    if (!known)
      throw new Error(
        `${at}.type: ${JSON.stringify(type ?? null)} is not an attestation type (expected one of ${KOSLI_TEMPLATE_TYPES.join(', ')} or custom:<type-name>)`,
      );
  });
}

/**
 * Validates a Kosli flow or trail template as Kosli does: `version: 1` is required and enough;
 * `trail` may list `attestations` ({name, type}) and `artifacts` ({name, attestations}). Throws an
 * Error naming the first bad key, name or type.
 */
export function validateKosliTemplate(text: string): void {
  const doc = readTemplateYaml(text);
  if (!isMapping(doc)) throw new Error('must be a YAML mapping');
  checkKeys(doc, KEYS.root, '');
  if (doc.version !== 1)
    throw new Error(
      `version: must be 1, not ${JSON.stringify(doc.version ?? null)}`,
    );
  const trail = doc.trail;
  if (trail === undefined || trail === null) return;
  if (!isMapping(trail)) throw new Error('trail: must be a mapping');
  checkKeys(trail, KEYS.trail, 'trail');
  checkAttestations(trail.attestations, 'trail.attestations');
  if (trail.artifacts === undefined || trail.artifacts === null) return;
  if (!Array.isArray(trail.artifacts))
    throw new Error('trail.artifacts: must be a list');
  const names = new Set<string>();
  trail.artifacts.forEach((artifact, i) => {
    const at = `trail.artifacts[${i}]`;
    if (!isMapping(artifact)) throw new Error(`${at}: must be a mapping`);
    checkKeys(artifact, KEYS.artifact, at);
    checkName(artifact.name, at, names);
    checkAttestations(artifact.attestations, `${at}.attestations`);
  });
}
