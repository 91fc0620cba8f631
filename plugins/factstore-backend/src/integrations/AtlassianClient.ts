import { ServiceUnavailableError } from '@backstage/errors';
import {
  BadGatewayError,
  guardedRequest,
  type OutboundPolicy,
} from '@fawkes/backend-http';

/** An Atlassian Cloud site and the account that calls it (an API token: basic auth). */
export interface AtlassianSite {
  baseUrl: string;
  email: string;
  apiToken: string;
}

/**
 * JSON calls to Jira's REST API v3 or Confluence's REST API, through the outbound guard. Failures
 * are 502s quoting Atlassian's own messages, never the token.
 */
export class AtlassianClient {
  constructor(
    private readonly product: 'Jira' | 'Confluence',
    private readonly configKey: string,
    private readonly site: AtlassianSite | undefined,
    private readonly outbound: OutboundPolicy & { timeoutMs: number },
  ) {}

  get baseUrl(): string | undefined {
    return this.site?.baseUrl;
  }

  get email(): string | undefined {
    return this.site?.email;
  }

  async call(method: string, path: string, body?: object): Promise<any> {
    const site = this.site;
    if (!site)
      throw new ServiceUnavailableError(
        `${this.product} is not available: ${this.configKey} is not configured`,
      );
    const auth = Buffer.from(`${site.email}:${site.apiToken}`).toString(
      'base64',
    );
    let answer;
    try {
      answer = await guardedRequest(
        `${site.baseUrl.replace(/\/+$/, '')}${path}`,
        {
          method,
          headers: {
            authorization: `Basic ${auth}`,
            accept: 'application/json',
            ...(body && { 'content-type': 'application/json' }),
          },
          body: body && JSON.stringify(body),
          timeoutMs: this.outbound.timeoutMs,
        },
        this.outbound,
      );
    } catch (error) {
      throw new BadGatewayError(
        `${this.product} could not be reached: ${(error as Error).message}`,
      );
    }
    const text = answer.body.toString('utf8');
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (answer.status >= 200 && answer.status < 300) return json;
    const messages = [
      ...(json?.errorMessages ?? []),
      ...Object.entries(json?.errors ?? {}).map(([k, v]) => `${k}: ${v}`),
      ...(json?.message ? [json.message] : []),
    ];
    throw new BadGatewayError(
      `${this.product} answered HTTP ${answer.status}${messages.length ? `: ${messages.join('; ')}` : ''}`,
    );
  }
}
