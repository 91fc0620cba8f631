import type { Release } from './release';

// Helm (Go's encoding/json) writes a release compactly, fields in struct order: name, info, chart,
// config, manifest, hooks, version, namespace. The rendered manifest is most of the bytes and its
// every line carries escapes, so unescaping it costs as much as the rest of the decode together.
const MANIFEST_MEMBER = ',"manifest":"';
const NEXT_MEMBER = '","';
const BACKSLASH = 92;
const QUOTE = 34;

/**
 * Parses Helm's release JSON. The top-level `manifest` is kept as its escaped JSON text and
 * unescaped the first time it is read, so listing releases never pays for manifests it drops.
 * Anything not laid out as Helm writes it is parsed eagerly, with the same result.
 */
export function parseReleaseJson(text: string): Release {
  return parseWithLazyManifest(text) ?? JSON.parse(text);
}

function parseWithLazyManifest(text: string): Release | undefined {
  const member = topLevelManifestMember(text);
  if (!member) return undefined;
  const { head, start } = member;
  let end = start;
  if (text.charCodeAt(start) !== QUOTE) {
    end = text.indexOf(NEXT_MEMBER, start);
    // `\","` may be an escaped quote inside the manifest (or an escaped backslash before its end):
    // rare enough to leave to the eager parse rather than count backslashes.
    if (end === -1 || text.charCodeAt(end - 1) === BACKSLASH) return undefined;
  }
  let tail: Record<string, unknown>;
  try {
    tail = JSON.parse(`{${text.slice(end + 2)}`);
  } catch {
    return undefined;
  }
  if (Object.hasOwn(tail, 'manifest')) return undefined;
  defineLazyManifest(head, text.slice(start, end));
  return Object.assign(head, tail) as Release;
}

/**
 * Finds `,"manifest":"` at depth one: the text before it, closed with `}`, parses only when the
 * member belongs to the top-level object (a `manifest` key inside user values would leave a
 * nested object open). Returns that parsed head and where the manifest's text starts.
 */
function topLevelManifestMember(text: string): { head: Record<string, unknown>; start: number } | undefined {
  for (let at = text.indexOf(MANIFEST_MEMBER); at !== -1; at = text.indexOf(MANIFEST_MEMBER, at + 1)) {
    try {
      const head = JSON.parse(`${text.slice(0, at)}}`);
      return { head, start: at + MANIFEST_MEMBER.length };
    } catch {
      // nested deeper than the release object: try the next one
    }
  }
  return undefined;
}

function defineLazyManifest(release: Record<string, unknown>, escaped: string): void {
  const settle = (value: unknown) =>
    Object.defineProperty(release, 'manifest', { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(release, 'manifest', {
    enumerable: true,
    configurable: true,
    get() {
      const value = JSON.parse(`"${escaped}"`);
      settle(value);
      return value;
    },
    set: settle,
  });
}

/**
 * Reads a release's manifest so that one stored with broken escapes shows up here, where the
 * caller can count the record as undecodable, rather than while a response is being written.
 */
export function manifestIsReadable(release: Release): boolean {
  try {
    return typeof release.manifest === 'string' || release.manifest === undefined;
  } catch {
    return false;
  }
}
