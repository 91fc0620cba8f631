import type { SigningKey } from './signingKey';

/** A tree head: the log's size and its RFC 6962 root. */
export interface TreeHead {
  size: number;
  rootHash: Buffer;
}

/**
 * The checkpoint body of c2sp.org/tlog-checkpoint: origin line, tree size in decimal, base64
 * root hash, each ending in a newline.
 */
export function checkpointBody(origin: string, head: TreeHead): string {
  return `${origin}\n${head.size}\n${head.rootHash.toString('base64')}\n`;
}

/**
 * A signed note (c2sp.org/signed-note): the body, a blank line, and one signature line
 * `— <key name> base64(key ID || Ed25519 signature over the body)`.
 */
export function signCheckpoint(
  origin: string,
  head: TreeHead,
  key: SigningKey,
): string {
  const body = checkpointBody(origin, head);
  const signature = key.sign(Buffer.from(body, 'utf8'));
  return `${body}\n\u2014 ${key.name} ${Buffer.concat([key.keyId, signature]).toString('base64')}\n`;
}

/**
 * Parses and verifies a signed checkpoint against our key: answers the tree head, or why not.
 * Signatures by other keys are ignored, as the spec requires.
 */
export function openCheckpoint(
  note: string,
  origin: string,
  key: SigningKey,
): { head: TreeHead } | { error: string } {
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return { error: 'not a signed note: no blank line' };
  const body = note.slice(0, split + 1);
  const signatures = note
    .slice(split + 2)
    .split('\n')
    .filter(Boolean);
  let verified = false;
  for (const line of signatures) {
    const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
    if (!match) return { error: `malformed signature line "${line}"` };
    const bytes = Buffer.from(match[2], 'base64');
    if (match[1] !== key.name || !bytes.subarray(0, 4).equals(key.keyId))
      continue;
    if (!key.verify(Buffer.from(body, 'utf8'), bytes.subarray(4)))
      return { error: `the signature of ${key.name} does not verify` };
    verified = true;
  }
  if (!verified) return { error: `no signature by ${key.name}` };
  const [noteOrigin, size, root] = body.split('\n');
  if (noteOrigin !== origin)
    return { error: `origin is "${noteOrigin}", expected "${origin}"` };
  if (!/^(0|[1-9]\d*)$/.test(size)) return { error: `bad tree size "${size}"` };
  const rootHash = Buffer.from(root, 'base64');
  if (rootHash.length !== 32) return { error: 'bad root hash' };
  return { head: { size: Number(size), rootHash } };
}
