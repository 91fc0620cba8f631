import { AuthenticationError } from '@backstage/errors';
import { hmacSha256Hex, sameSecret } from '@fawkes/backend-http';

export { sameSecret };

/** GitHub's (and Jenkins's generic) `X-Hub-Signature-256: sha256=<HMAC-SHA256 of the body>`. */
export function verifyHubSignature(
  secret: string,
  signature: string | undefined,
  raw: Buffer,
): void {
  if (signature === undefined)
    throw new AuthenticationError(
      'X-Hub-Signature-256 is required: sha256=<HMAC-SHA256 of the body>',
    );
  if (!sameSecret(signature, `sha256=${hmacSha256Hex(secret, raw)}`))
    throw new AuthenticationError(
      'X-Hub-Signature-256 does not match the body signed with the configured secret',
    );
}

/** GitLab sends the webhook's secret token as is, in `X-Gitlab-Token`. */
export function verifyGitLabToken(secret: string, token: string | undefined) {
  if (token === undefined)
    throw new AuthenticationError('X-Gitlab-Token is required');
  if (!sameSecret(token, secret))
    throw new AuthenticationError(
      'X-Gitlab-Token does not match the configured secret',
    );
}

/** Slack refuses requests older than five minutes; so do we. */
export const SLACK_REPLAY_WINDOW_SECONDS = 5 * 60;

/**
 * Slack's request signing: `X-Slack-Signature: v0=<HMAC-SHA256 of "v0:<timestamp>:<body>">` with
 * the app's signing secret, and `X-Slack-Request-Timestamp` within five minutes of now.
 */
export function verifySlackRequest(
  signingSecret: string,
  headers: { timestamp?: string; signature?: string },
  raw: Buffer,
  now: Date = new Date(),
): void {
  const { timestamp, signature } = headers;
  if (timestamp === undefined || signature === undefined)
    throw new AuthenticationError(
      'X-Slack-Request-Timestamp and X-Slack-Signature are required',
    );
  if (!/^\d{1,12}$/.test(timestamp))
    throw new AuthenticationError(
      'X-Slack-Request-Timestamp must be a Unix time in seconds',
    );
  const age = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (age > SLACK_REPLAY_WINDOW_SECONDS)
    throw new AuthenticationError(
      'X-Slack-Request-Timestamp is more than five minutes away from now: a replayed or delayed request',
    );
  const base = Buffer.concat([Buffer.from(`v0:${timestamp}:`), raw]);
  if (!sameSecret(signature, `v0=${hmacSha256Hex(signingSecret, base)}`))
    throw new AuthenticationError(
      'X-Slack-Signature does not match the request signed with the Slack signing secret',
    );
}

/**
 * Headers of an outbound delivery: `X-Factstore-Signature-256: sha256=<HMAC-SHA256 of
 * "<timestamp>.<body>">` and the timestamp itself, so a receiver can refuse replays (old
 * timestamps) as well as forgeries.
 */
export function outboundSignatureHeaders(
  secret: string,
  body: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    'x-factstore-timestamp': timestamp,
    'x-factstore-signature-256': `sha256=${hmacSha256Hex(secret, `${timestamp}.${body}`)}`,
  };
}
