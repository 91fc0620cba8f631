import { AuthenticationError } from '@backstage/errors';
import { hmacSha256Hex, sameSecret } from '@fawkes/backend-http';

export const WEBHOOK_SOURCES = [
  'argocd',
  'jenkins',
  'github',
  'gitlab',
  'pagerduty',
  'devlake',
] as const;
export type WebhookSource = (typeof WEBHOOK_SOURCES)[number];

type Headers = Record<string, string | string[] | undefined>;

const header = (headers: Headers, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Why a delivery was refused, for the audit log: never what was presented. */
export type RefusalReason =
  | 'secret-not-configured'
  | 'signature-missing'
  | 'signature-mismatch'
  | 'credentials-missing'
  | 'secret-mismatch';

/** A 401 (the name stays AuthenticationError, so the backend answers it as one) with its reason. */
export class WebhookRefusedError extends AuthenticationError {
  constructor(
    message: string,
    readonly reason: RefusalReason,
  ) {
    super(message);
  }
}

/**
 * Checks that a webhook delivery comes from its source: GitHub by `X-Hub-Signature-256`, GitLab
 * by its secret token in `X-Gitlab-Token`; the
 * others by that same signature, by `Authorization: Bearer <secret>` (as DevLake's own webhooks)
 * or, for PagerDuty, by `X-PagerDuty-Signature: v1=<hmac>`. A source with no secret refuses all.
 */
export class WebhookVerifier {
  constructor(
    private readonly secrets: Partial<Record<WebhookSource, string>>,
  ) {}

  verify(source: WebhookSource, headers: Headers, rawBody: Buffer): void {
    const secret = this.secrets[source];
    if (!secret)
      throw new WebhookRefusedError(
        `webhooks from ${source} are not accepted: devlake.webhooks.${source}.secret is not configured`,
        'secret-not-configured',
      );
    // GitLab sends the webhook's secret token as it is.
    if (source === 'gitlab') {
      const token = header(headers, 'x-gitlab-token');
      if (token !== undefined && sameSecret(token, secret)) return;
      throw new WebhookRefusedError(
        token === undefined
          ? "X-Gitlab-Token is required: the webhook's secret token"
          : 'X-Gitlab-Token does not match the gitlab secret',
        token === undefined ? 'credentials-missing' : 'secret-mismatch',
      );
    }
    // The body is hashed only for a delivery that carries a signature: a Bearer one needs no HMAC.
    const signature = header(headers, 'x-hub-signature-256');
    if (signature !== undefined) {
      if (sameSecret(signature, `sha256=${hmacSha256Hex(secret, rawBody)}`))
        return;
      throw new WebhookRefusedError(
        `X-Hub-Signature-256 does not match the body signed with the ${source} secret`,
        'signature-mismatch',
      );
    }
    if (source === 'github')
      throw new WebhookRefusedError(
        'X-Hub-Signature-256 is required: sha256=<HMAC-SHA256 of the body>',
        'signature-missing',
      );
    if (source === 'pagerduty') {
      const signatures = header(headers, 'x-pagerduty-signature');
      if (signatures !== undefined) {
        const wanted = `v1=${hmacSha256Hex(secret, rawBody)}`;
        if (signatures.split(',').some(s => sameSecret(s.trim(), wanted)))
          return;
        throw new WebhookRefusedError(
          'X-PagerDuty-Signature does not match the body signed with the pagerduty secret',
          'signature-mismatch',
        );
      }
    }
    const authorization = header(headers, 'authorization');
    const bearer = authorization?.match(/^Bearer (.+)$/i)?.[1];
    if (bearer !== undefined && sameSecret(bearer, secret)) return;
    throw new WebhookRefusedError(
      `the ${source} webhook needs Authorization: Bearer <secret> or X-Hub-Signature-256: sha256=<HMAC-SHA256 of the body>`,
      bearer === undefined ? 'credentials-missing' : 'secret-mismatch',
    );
  }
}
