import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/** The signature type byte of Ed25519 in c2sp.org/signed-note. */
const ED25519 = 0x01;

/**
 * The ledger's Ed25519 key: it signs checkpoints (c2sp.org/signed-note) and DSSE envelopes.
 * Loaded from a PKCS#8 PEM, or from a Go `golang.org/x/mod/sumdb/note` signer key
 * (`PRIVATE+KEY+<name>+<hash>+<base64(0x01 || seed)>`).
 */
export class SigningKey {
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKeyRaw: Buffer;
  /** The note key ID: SHA-256(name || 0x0A || 0x01 || public key)[:4]. */
  readonly keyId: Buffer;
  /** DSSE `keyid`: hex SHA-256 of the DER SubjectPublicKeyInfo, as `openssl pkey -pubin -outform DER | sha256sum` prints it. */
  readonly dsseKeyId: string;

  private constructor(
    readonly name: string,
    private readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {
    const jwk = publicKey.export({ format: 'jwk' });
    this.publicKeyRaw = Buffer.from(jwk.x!, 'base64url');
    this.keyId = createHash('sha256')
      .update(name)
      .update(Buffer.from([0x0a, ED25519]))
      .update(this.publicKeyRaw)
      .digest()
      .subarray(0, 4);
    // Computed once: every assert's envelope names it.
    this.dsseKeyId = createHash('sha256')
      .update(publicKey.export({ format: 'der', type: 'spki' }))
      .digest('hex');
  }

  static load(text: string, name: string): SigningKey {
    validateKeyName(name);
    const trimmed = text.trim();
    if (trimmed.startsWith('PRIVATE+KEY+')) return fromNoteSignerKey(trimmed);
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey(trimmed);
    } catch {
      throw new Error(
        'factstore.ledger.signingKey: not a PKCS#8 PEM private key or a note signer key (PRIVATE+KEY+…)',
      );
    }
    if (privateKey.asymmetricKeyType !== 'ed25519')
      throw new Error(
        `factstore.ledger.signingKey: must be an Ed25519 key, got ${privateKey.asymmetricKeyType}`,
      );
    return new SigningKey(name, privateKey, createPublicKey(privateKey));
  }

  /** Ed25519 signature (RFC 8032) over the bytes. */
  sign(data: Buffer): Buffer {
    return sign(null, data, this.privateKey);
  }

  verify(data: Buffer, signature: Buffer): boolean {
    return verify(null, data, this.publicKey, signature);
  }

  /** The note verifier key: `<name>+<key ID as 8 hex digits>+<base64(0x01 || public key)>`. */
  get verifierKey(): string {
    return `${this.name}+${this.keyId.toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), this.publicKeyRaw]).toString('base64')}`;
  }

  get publicKeyPem(): string {
    return this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }
}

function validateKeyName(name: string) {
  if (!name || /[\s+]/u.test(name))
    throw new Error(
      `factstore.ledger.origin: a key name must be non-empty without spaces or "+", got "${name}"`,
    );
}

function fromNoteSignerKey(text: string): SigningKey {
  const parts = text.split('+');
  if (parts.length !== 5)
    throw new Error(
      'factstore.ledger.signingKey: a note signer key is PRIVATE+KEY+<name>+<hash>+<key>',
    );
  const [, , name, , encoded] = parts;
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length !== 33 || bytes[0] !== ED25519)
    throw new Error(
      'factstore.ledger.signingKey: the note signer key is not an Ed25519 key',
    );
  // PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410).
  const der = Buffer.concat([
    Buffer.from('302e020100300506032b657004220420', 'hex'),
    bytes.subarray(1),
  ]);
  const privateKey = createPrivateKey({
    key: der,
    format: 'der',
    type: 'pkcs8',
  });
  return SigningKey.load(
    privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    name,
  );
}
