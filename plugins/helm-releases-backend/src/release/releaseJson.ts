import { isAscii } from 'node:buffer';
import type { Release } from './release';

// Helm (Go's encoding/json) writes a release compactly, fields in struct order: name, info, chart,
// config, manifest, hooks, version, namespace. The rendered manifest is most of the bytes and its
// every line carries escapes, so unescaping it costs as much as the rest of the decode together.
const MANIFEST_MEMBER = Buffer.from(',"manifest":"');
const NEXT_MEMBER = Buffer.from('","');
const BACKSLASH = 92;
const QUOTE = 34;

/**
 * Parses Helm's release JSON from its bytes. The top-level `manifest` stays as its escaped JSON
 * bytes and is turned into a string the first time it is read, so listing releases never pays for
 * manifests it drops. Anything not laid out as Helm writes it is parsed eagerly, with the same result.
 */
export function parseReleaseJson(json: Buffer): Release {
  return parseWithLazyManifest(json) ?? JSON.parse(text(json));
}

// Rendered charts are nearly always ASCII, which latin1 turns into a string faster than utf8 does.
const text = (bytes: Buffer) => bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');

function parseWithLazyManifest(json: Buffer): Release | undefined {
  const member = topLevelManifestMember(json);
  if (!member) return undefined;
  const { head, start } = member;
  let end = start;
  if (json[start] !== QUOTE) {
    end = json.indexOf(NEXT_MEMBER, start);
    // `\","` may be an escaped quote inside the manifest (or an escaped backslash before its end):
    // rare enough to leave to the eager parse rather than count backslashes.
    if (end === -1 || json[end - 1] === BACKSLASH) return undefined;
  }
  let tail: Record<string, unknown>;
  try {
    tail = JSON.parse(`{${json.toString('utf8', end + 2)}`);
  } catch {
    return undefined;
  }
  if (Object.hasOwn(tail, 'manifest')) return undefined;
  // With its quotes the manifest is a JSON string literal of its own; it is cut on ASCII bytes.
  defineLazyManifest(head, json.subarray(start - 1, end + 1));
  return Object.assign(head, tail) as Release;
}

/**
 * Finds `,"manifest":"` at depth one: the JSON before it, closed with `}`, parses only when the
 * member belongs to the top-level object (a `manifest` key inside user values would leave a
 * nested object open). Returns that parsed head and where the manifest's text starts.
 */
function topLevelManifestMember(json: Buffer): { head: Record<string, unknown>; start: number } | undefined {
  for (let at = json.indexOf(MANIFEST_MEMBER); at !== -1; at = json.indexOf(MANIFEST_MEMBER, at + 1)) {
    try {
      const head = JSON.parse(`${json.toString('utf8', 0, at)}}`);
      return { head, start: at + MANIFEST_MEMBER.length };
    } catch {
      // nested deeper than the release object: try the next one
    }
  }
  return undefined;
}

function defineLazyManifest(release: Record<string, unknown>, literal: Buffer): void {
  const settle = (value: unknown) =>
    Object.defineProperty(release, 'manifest', { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(release, 'manifest', {
    enumerable: true,
    configurable: true,
    get() {
      const value = JSON.parse(text(literal));
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
