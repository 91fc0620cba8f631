import { timingSafeEqual } from 'node:crypto';
import { hubSignature, pagerDutySignature } from '../test/signing';
import { WebhookVerifier } from './WebhookVerifier';

// A pass-through, so the test can see what the verifier compares.
jest.mock('node:crypto', () => {
  const actual = jest.requireActual('node:crypto');
  return { ...actual, timingSafeEqual: jest.fn(actual.timingSafeEqual) };
});

describe('WebhookVerifier', () => {
  const verifier = new WebhookVerifier({
    github: 'gh',
    gitlab: 'gl',
    jenkins: 'jk',
    pagerduty: 'pd',
  });
  const body = Buffer.from('{"a":1}');

  it('accepts GitHub only with the HMAC of the raw body', () => {
    expect(() =>
      verifier.verify(
        'github',
        { 'x-hub-signature-256': hubSignature('gh', '{"a":1}') },
        body,
      ),
    ).not.toThrow();
    expect(() =>
      verifier.verify(
        'github',
        { 'x-hub-signature-256': hubSignature('gh', '{"a": 1}') },
        body,
      ),
    ).toThrow(/does not match/);
    expect(() =>
      verifier.verify('github', { authorization: 'Bearer gh' }, body),
    ).toThrow(/X-Hub-Signature-256 is required/);
  });

  it('accepts the other sources by bearer secret or signature', () => {
    expect(() =>
      verifier.verify('jenkins', { authorization: 'Bearer jk' }, body),
    ).not.toThrow();
    expect(() =>
      verifier.verify(
        'jenkins',
        { 'x-hub-signature-256': hubSignature('jk', '{"a":1}') },
        body,
      ),
    ).not.toThrow();
    expect(() =>
      verifier.verify('jenkins', { authorization: 'Bearer jkx' }, body),
    ).toThrow(/Authorization: Bearer/);
    expect(() => verifier.verify('jenkins', {}, body)).toThrow(
      /Authorization: Bearer/,
    );
    expect(() =>
      verifier.verify(
        'pagerduty',
        {
          'x-pagerduty-signature': `v1=00, ${pagerDutySignature('pd', '{"a":1}')}`,
        },
        body,
      ),
    ).not.toThrow();
    expect(() =>
      verifier.verify('pagerduty', { 'x-pagerduty-signature': 'v1=00' }, body),
    ).toThrow(/X-PagerDuty-Signature/);
  });

  it('accepts GitLab only with its secret token in X-Gitlab-Token', () => {
    expect(() =>
      verifier.verify('gitlab', { 'x-gitlab-token': 'gl' }, body),
    ).not.toThrow();
    expect(() =>
      verifier.verify('gitlab', { 'x-gitlab-token': 'glx' }, body),
    ).toThrow(/X-Gitlab-Token does not match/);
    // Neither a Bearer token nor a signature stands in for it.
    expect(() =>
      verifier.verify('gitlab', { authorization: 'Bearer gl' }, body),
    ).toThrow(/X-Gitlab-Token is required/);
    expect(() =>
      verifier.verify(
        'gitlab',
        { 'x-hub-signature-256': hubSignature('gl', '{"a":1}') },
        body,
      ),
    ).toThrow(/X-Gitlab-Token is required/);
  });

  it('refuses everything from a source with no secret configured', () => {
    expect(() =>
      verifier.verify('argocd', { authorization: 'Bearer ' }, body),
    ).toThrow(/devlake.webhooks.argocd.secret is not configured/);
    expect(() =>
      verifier.verify(
        'devlake',
        { 'x-hub-signature-256': hubSignature('', '{"a":1}') },
        body,
      ),
    ).toThrow(/not configured/);
  });

  it('compares secrets of any length in constant time, never returning early on a length difference', () => {
    const compare = jest.mocked(timingSafeEqual);
    for (const guess of ['j', 'jk-much-longer-than-the-secret', 'jx']) {
      compare.mockClear();
      expect(() =>
        verifier.verify('jenkins', { authorization: `Bearer ${guess}` }, body),
      ).toThrow(/Authorization: Bearer/);
      // the comparison ran, over two fixed-length digests, whatever the guess's length
      expect(compare).toHaveBeenCalledTimes(1);
      const [left, right] = compare.mock.calls[0] as [Buffer, Buffer];
      expect([left.length, right.length]).toEqual([32, 32]);
    }
  });
});
