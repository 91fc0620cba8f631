import { isAscii } from 'node:buffer';
import type { Release } from './release';
import { unescapeJsonString } from './unescape/unescapeJsonString';

// Helm (Go's encoding/json) writes a release compactly, fields in struct order: name, info, chart,
// config, manifest, hooks, version, namespace. The rendered manifest is most of the bytes and its
// every line carries escapes, so unescaping it costs as much as the rest of the decode together.
const MANIFEST_MEMBER = Buffer.from(',"manifest":"');
// Inside a JSON string every quote is escaped, so these can only be members, and after the
// manifest they are Helm's top-level ones: found from the end, they skip the manifest unread.
const VERSION_MEMBER = Buffer.from(',"version":');
const HOOKS_MEMBER = Buffer.from('","hooks":[');
const BACKSLASH = 92;
const QUOTE = 34;
const CLOSE_BRACKET = 93;

// Rendered charts are nearly always ASCII, which latin1 turns into a string faster than utf8 does.
const text = (bytes: Buffer) =>
  bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');

/**
 * Parses Helm's release JSON from its bytes, as JSON.parse does. The members around the manifest
 * are parsed without it (see parseReleaseJsonWithoutManifest) and the manifest is unescaped apart,
 * faster than JSON.parse does it; anything that unescaper cannot take exactly is parsed whole.
 */
export function parseReleaseJson(json: Buffer): Release {
  const parts = aroundManifest(json);
  if (parts) {
    const manifest = unescapeJsonString(
      json,
      parts.manifestFrom,
      parts.manifestTo,
    );
    if (manifest !== undefined)
      return Object.assign(parts.head, { manifest }, parts.tail);
  }
  return JSON.parse(text(json));
}

/**
 * Parses Helm's release JSON without its top-level `manifest`, for answers that drop it (a
 * summary list): the manifest's bytes are skipped, not unescaped. Anything not laid out as Helm
 * writes it is parsed whole and its manifest removed, with the same result.
 */
export function parseReleaseJsonWithoutManifest(json: Buffer): Release {
  const parts = aroundManifest(json);
  if (parts && quotesAllEscaped(json, parts.manifestFrom, parts.manifestTo))
    return Object.assign(parts.head, parts.tail);
  const { manifest: _manifest, ...rest } = JSON.parse(text(json));
  return rest as Release;
}

interface AroundManifest {
  /** The members before the manifest, parsed. */
  head: Release;
  /** Its text, between its quotes: json[manifestFrom, manifestTo). */
  manifestFrom: number;
  manifestTo: number;
  /** The members after it, parsed. */
  tail: Record<string, unknown>;
}

function aroundManifest(json: Buffer): AroundManifest | undefined {
  const member = topLevelManifestMember(json);
  if (!member) return undefined;
  const closingQuote = manifestClosingQuote(json, member.start);
  if (closingQuote === undefined) return undefined;
  try {
    const tail = JSON.parse(`{${json.toString('utf8', closingQuote + 2)}`);
    // A second manifest would win over the first; Object.assign would set __proto__, not copy it.
    if (
      Object.hasOwn(member.head, 'manifest') ||
      Object.hasOwn(tail, 'manifest') ||
      Object.hasOwn(tail, '__proto__')
    )
      return undefined;
    return {
      head: member.head as Release,
      manifestFrom: member.start + 1,
      manifestTo: closingQuote,
      tail,
    };
  } catch {
    return undefined;
  }
}

/**
 * Finds `,"manifest":"` at depth one: the JSON before it, closed with `}`, parses only when the
 * member belongs to the top-level object (a `manifest` key inside user values would leave a
 * nested object open). Returns that parsed head and where the manifest's text starts.
 */
function topLevelManifestMember(
  json: Buffer,
): { head: Record<string, unknown>; start: number } | undefined {
  for (
    let at = json.indexOf(MANIFEST_MEMBER);
    at !== -1;
    at = json.indexOf(MANIFEST_MEMBER, at + 1)
  ) {
    try {
      const head = JSON.parse(`${json.toString('utf8', 0, at)}}`);
      // `{,"manifest"…` would parse as `{}`: a head without members is not JSON, leave it to JSON.parse.
      if (Object.keys(head).length === 0) return undefined;
      return { head, start: at + MANIFEST_MEMBER.length - 1 };
    } catch {
      // nested deeper than the release object: try the next one
    }
  }
  return undefined;
}

/**
 * Where the manifest's closing quote is: just before `,"version":` (searched from the end, past
 * the short tail), or before `,"hooks":[` when hooks sit between them.
 */
function manifestClosingQuote(
  json: Buffer,
  manifestStart: number,
): number | undefined {
  const versionAt = json.lastIndexOf(VERSION_MEMBER);
  if (versionAt <= manifestStart) return undefined;
  let closingQuote: number | undefined;
  if (json[versionAt - 1] === QUOTE) closingQuote = versionAt - 1;
  else if (json[versionAt - 1] === CLOSE_BRACKET)
    closingQuote = json.lastIndexOf(HOOKS_MEMBER, versionAt);
  // A backslash before it would make the quote part of the manifest: leave that to the whole parse.
  if (
    closingQuote === undefined ||
    closingQuote <= manifestStart ||
    json[closingQuote - 1] === BACKSLASH
  )
    return undefined;
  return closingQuote;
}

/**
 * True when every quote in json[from, to) is escaped, so the range is one string's text. Helm's
 * manifests have a few hundred escaped quotes; an unescaped one would mean members hidden in what
 * looked like the manifest, which JSON.parse would read.
 */
function quotesAllEscaped(json: Buffer, from: number, to: number): boolean {
  for (
    let at = json.indexOf(QUOTE, from);
    at !== -1 && at < to;
    at = json.indexOf(QUOTE, at + 1)
  ) {
    let backslashes = 0;
    while (json[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return false;
  }
  return true;
}
