import { createHmac } from 'node:crypto';

/** The secrets the router tests configure, one per webhook source. */
export const SECRETS = {
  argocd: 'argo-secret',
  jenkins: 'jenkins-secret',
  github: 'github-secret',
  gitlab: 'gitlab-secret',
  pagerduty: 'pagerduty-secret',
  devlake: 'devlake-secret',
};

/** `X-Hub-Signature-256` of a body, as GitHub computes it. */
export const hubSignature = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export const pagerDutySignature = (secret: string, body: string) =>
  `v1=${createHmac('sha256', secret).update(body).digest('hex')}`;

export const testConfig = {
  devlake: {
    webhooks: Object.fromEntries(
      Object.entries(SECRETS).map(([source, secret]) => [source, { secret }]),
    ),
    connections: [
      { id: 1, name: 'payments' },
      { id: 2, name: 'checkout-conn', project: 'checkout' },
    ],
  },
};
