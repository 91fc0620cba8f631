import { KubeStatusError, statusErrors } from './status';

/** One requirement of a label selector, as `kubectl` and the API server understand them. */
export type LabelRequirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | 'doesnotexist' };

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?)$/;

/** Splits on commas that are not inside a `(...)` value set. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  terms.push(current);
  return terms.map(t => t.trim()).filter(t => t.length > 0);
}

function checkKey(key: string, selector: string) {
  if (!KEY.test(key))
    throw statusErrors.badRequest(
      `unable to parse requirement: invalid label key "${key}" in selector "${selector}"`,
    );
}

function checkValue(value: string, selector: string) {
  if (value.length > 63 || !VALUE.test(value)) {
    throw statusErrors.badRequest(
      `unable to parse requirement: invalid label value "${value}" in selector "${selector}"`,
    );
  }
}

/** Parses `a=b,c!=d,e in (f,g),h notin (i),j,!k`. Throws a 400 Status error on bad syntax. */
export function parseLabelSelector(
  selector: string | undefined,
): LabelRequirement[] {
  if (!selector) return [];
  return splitTerms(selector).map(term => {
    const setMatch = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(term);
    if (setMatch) {
      const [, key, op, list] = setMatch;
      checkKey(key, selector);
      const values = list.split(',').map(v => v.trim());
      values.forEach(v => checkValue(v, selector));
      return { key, op: op as 'in' | 'notin', values };
    }
    const eqMatch = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
    if (eqMatch) {
      const [, key, op, value] = eqMatch;
      checkKey(key, selector);
      checkValue(value, selector);
      return { key, op: op === '!=' ? 'notin' : 'in', values: [value] };
    }
    if (term.startsWith('!')) {
      const key = term.slice(1).trim();
      checkKey(key, selector);
      return { key, op: 'doesnotexist' };
    }
    if (KEY.test(term)) return { key: term, op: 'exists' };
    throw statusErrors.badRequest(
      `unable to parse requirement: found '${term}', expected: in, notin, =, ==, !=, or end of string`,
    );
  });
}

export function matchesLabels(
  requirements: LabelRequirement[],
  labels: Record<string, string> | undefined,
): boolean {
  const l = labels ?? {};
  return requirements.every(r => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case 'doesnotexist':
        return !has;
      case 'in':
        return has && r.values.includes(l[r.key]);
      case 'notin':
        return !has || !r.values.includes(l[r.key]);
      default:
        return false;
    }
  });
}

/** One `field=value` or `field!=value` term of a field selector. */
export interface FieldRequirement {
  path: string[];
  equals: boolean;
  value: string;
}

const SUPPORTED_FIELDS = new Set([
  'metadata.name',
  'metadata.namespace',
  'type',
  'status.phase',
  'spec.nodeName',
]);

export function parseFieldSelector(
  selector: string | undefined,
): FieldRequirement[] {
  if (!selector) return [];
  return selector
    .split(',')
    .map(t => t.trim())
    .filter(Boolean)
    .map(term => {
      const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(term);
      if (!m)
        throw statusErrors.badRequest(
          `invalid selector: '${selector}'; can't understand '${term}'`,
        );
      const [, field, op, value] = m;
      if (!SUPPORTED_FIELDS.has(field)) {
        throw new KubeStatusError(
          400,
          'BadRequest',
          `"${field}" is not a known field selector: only "${[...SUPPORTED_FIELDS].join('", "')}"`,
        );
      }
      return { path: field.split('.'), equals: op !== '!=', value };
    });
}

export function matchesFields(
  requirements: FieldRequirement[],
  object: any,
): boolean {
  return requirements.every(r => {
    const actual = r.path.reduce(
      (o, k) => (o === undefined || o === null ? undefined : o[k]),
      object,
    );
    const value = actual === undefined || actual === null ? '' : String(actual);
    return r.equals ? value === r.value : value !== r.value;
  });
}
