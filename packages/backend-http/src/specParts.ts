/**
 * An OpenAPI spec cut by the leading literal segments of its paths. express-openapi-validator
 * (5.x) finds a request's route by compiling the path pattern of every route before it, in sorted
 * order, on every request: its cost grows with the spec (half a millisecond a request with 180
 * routes). A validator built from the paths that can match a request has a handful to try.
 */

/** The part of an OpenAPI document this reads; the rest is kept as it is. */
export interface OpenApiDocument {
  paths: Record<string, unknown>;
  components?: Record<string, Record<string, unknown> | undefined>;
  [key: string]: unknown;
}

/** How many leading literal segments name a group of paths. */
const DEPTH = 3;

/**
 * The segments of a request URL or a spec path, lower-cased as express and the validator match
 * routes (case-insensitive by default): `/Webhooks/argocd?x=1` → `['webhooks', 'argocd']`.
 */
function segments(url: string): string[] {
  return url
    .split('?', 1)[0]
    .split('/')
    .slice(1)
    .map(s => s.toLowerCase());
}

/**
 * The group of a spec path: its literal segments before the first parameter, at most `DEPTH`:
 * `/api/v1/trails/{id}` → `api/v1/trails`, `/plugins/webhook/{id}/x` → `plugins/webhook`,
 * `/{tenant}/x` → `` (any request can match it).
 */
function groupOf(path: string): string {
  const literal: string[] = [];
  for (const segment of segments(path).slice(0, DEPTH)) {
    if (segment.includes('{')) break;
    literal.push(segment);
  }
  return literal.join('/');
}

/**
 * The groups whose paths a request can match: those named by its first one, two and three
 * segments, and the paths that start with a parameter. A path of another group differs from the
 * request in a literal segment, so it cannot match.
 */
export function candidateGroups(url: string): string[] {
  const parts = segments(url);
  const groups = [''];
  for (let depth = 1; depth <= Math.min(DEPTH, parts.length); depth++)
    groups.push(parts.slice(0, depth).join('/'));
  // `/` has one empty segment, which names the paths that start with a parameter again.
  return [...new Set(groups)];
}

/** A JSON pointer's token as the key it names (RFC 6901: `~1` is `/`, `~0` is `~`). */
const unescaped = (token: string) =>
  token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The components the nodes refer to (`#/components/<type>/<name>`), directly or through what
 * they refer to, as `<type> <name>`.
 */
function referencedComponents(spec: OpenApiDocument, roots: unknown[]) {
  const seen = new Set<string>();
  const named = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          if (seen.has(value) || !value.startsWith('#/components/')) continue;
          seen.add(value);
          const [type, token = ''] = value
            .slice('#/components/'.length)
            .split('/');
          const name = unescaped(token);
          named.add(`${type} ${name}`);
          stack.push(spec.components?.[type]?.[name]);
        } else stack.push(value);
      }
    }
  }
  return named;
}

/** The spec with only `paths` and the components they refer to (security schemes: all). */
function specWith(spec: OpenApiDocument, paths: string[]): OpenApiDocument {
  const kept = Object.fromEntries(paths.map(key => [key, spec.paths[key]]));
  const refs = referencedComponents(spec, Object.values(kept));
  const components = Object.fromEntries(
    Object.entries(spec.components ?? {}).map(([type, entries]) => [
      type,
      // Security schemes are named by the operations, not referred to.
      type === 'securitySchemes'
        ? entries
        : Object.fromEntries(
            Object.entries(entries ?? {}).filter(([name]) =>
              refs.has(`${type} ${name}`),
            ),
          ),
    ]),
  );
  return { ...spec, paths: kept, components };
}

/**
 * The spec cut into parts by request: `partFor(url)` is the spec with only the paths the request
 * can match (see `candidateGroups`) and what they refer to, with a key that is the same for every
 * request given that part; undefined when no path can match (the spec's own `/openapi.json`, an
 * unknown path), which the whole spec answers.
 */
export function specParts(spec: OpenApiDocument) {
  // A server URL with a path puts it before every route: cut nothing then.
  const servers = (spec.servers ?? []) as Array<{ url?: string }>;
  const rooted = servers.every(s => /^(\w+:\/\/[^/]*)?\/?$/.test(s.url ?? ''));
  const groups = new Map<string, string[]>();
  for (const path of Object.keys(spec.paths)) {
    const group = groupOf(path);
    groups.set(group, [...(groups.get(group) ?? []), path]);
  }
  return {
    partFor(
      url: string,
    ): { key: string; spec: () => OpenApiDocument } | undefined {
      if (!rooted) return undefined;
      const matching = candidateGroups(url).filter(g => groups.has(g));
      if (matching.length === 0) return undefined;
      return {
        key: matching.join('\n'),
        spec: () =>
          specWith(
            spec,
            matching.flatMap(g => groups.get(g)!),
          ),
      };
    },
  };
}
