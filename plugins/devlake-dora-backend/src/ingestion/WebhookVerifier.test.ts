import { WebhookVerifier } from './WebhookVerifier';
import { hubSignature, pagerDutySignature } from '../test/signing';

describe('WebhookVerifier', () => {
  const verifier = new WebhookVerifier({ github: 'gh', jenkins: 'jk', pagerduty: 'pd' });
  const body = Buffer.from('{"a":1}');

  it('accepts GitHub only with the HMAC of the raw body', () => {
    expect(() => verifier.verify('github', { 'x-hub-signature-256': hubSignature('gh', '{"a":1}') }, body)).not.toThrow();
    expect(() => verifier.verify('github', { 'x-hub-signature-256': hubSignature('gh', '{"a": 1}') }, body)).toThrow(/does not match/);
    expect(() => verifier.verify('github', { authorization: 'Bearer gh' }, body)).toThrow(/X-Hub-Signature-256 is required/);
  });

  it('accepts the other sources by bearer secret or signature', () => {
    expect(() => verifier.verify('jenkins', { authorization: 'Bearer jk' }, body)).not.toThrow();
    expect(() => verifier.verify('jenkins', { 'x-hub-signature-256': hubSignature('jk', '{"a":1}') }, body)).not.toThrow();
    expect(() => verifier.verify('jenkins', { authorization: 'Bearer jkx' }, body)).toThrow(/Authorization: Bearer/);
    expect(() => verifier.verify('jenkins', {}, body)).toThrow(/Authorization: Bearer/);
    expect(() => verifier.verify('pagerduty', { 'x-pagerduty-signature': `v1=00, ${pagerDutySignature('pd', '{"a":1}')}` }, body)).not.toThrow();
    expect(() => verifier.verify('pagerduty', { 'x-pagerduty-signature': 'v1=00' }, body)).toThrow(/X-PagerDuty-Signature/);
  });

  it('refuses everything from a source with no secret configured', () => {
    expect(() => verifier.verify('argocd', { authorization: 'Bearer ' }, body)).toThrow(/devlake.webhooks.argocd.secret is not configured/);
    expect(() => verifier.verify('devlake', { 'x-hub-signature-256': hubSignature('', '{"a":1}') }, body)).toThrow(/not configured/);
  });
});
