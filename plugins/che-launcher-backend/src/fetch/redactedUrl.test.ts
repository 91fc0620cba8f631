import { redactedUrl } from './redactedUrl';

describe('redactedUrl', () => {
  it.each([
    [
      'https://gitlab.example.com/g/p/-/raw/main/devfile.yaml?private_token=glpat-x&ref=main',
      'https://gitlab.example.com/g/p/-/raw/main/devfile.yaml',
    ],
    [
      'https://user:pass@example.com:8443/devfile.yaml#frag',
      'https://example.com:8443/devfile.yaml',
    ],
    ['https://example.com', 'https://example.com/'],
  ])('keeps scheme, host and path of %s', (url, shown) => {
    expect(redactedUrl(url)).toBe(shown);
    expect(redactedUrl(new URL(url))).toBe(shown);
  });

  it('gives nothing for what is not a URL', () => {
    expect(redactedUrl('not a url glpat-x')).toBeUndefined();
  });
});
