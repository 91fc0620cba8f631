import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { scmTokenHeaders } from './scmTokenHeaders';

describe('scmTokenHeaders', () => {
  const headersFor = scmTokenHeaders(
    ScmIntegrations.fromConfig(
      new ConfigReader({
        integrations: {
          github: [{ host: 'github.com', token: 'gh-secret' }],
          gitlab: [
            {
              host: 'gitlab.example.com',
              token: 'gl-secret',
              apiBaseUrl: 'https://gitlab.example.com/api/v4',
            },
          ],
        },
      }),
    ),
  );

  it("sends a GitHub token to GitHub's own hosts only", () => {
    for (const url of [
      'https://github.com/o/r/raw/main/devfile.yaml',
      'https://raw.githubusercontent.com/o/r/main/devfile.yaml',
      'https://api.github.com/repos/o/r',
    ]) {
      expect(headersFor(new URL(url))).toEqual({
        Authorization: 'token gh-secret',
      });
    }
  });

  it('sends a GitLab token to its host only', () => {
    expect(
      headersFor(
        new URL('https://gitlab.example.com/g/p/-/raw/main/devfile.yaml'),
      ),
    ).toEqual({ 'PRIVATE-TOKEN': 'gl-secret' });
  });

  it('sends nothing anywhere else, including look-alike hosts', () => {
    for (const url of [
      'https://evil.example.com/devfile.yaml',
      'https://github.com.evil.test/x',
      'https://gitlab.example.com.evil.test/x',
    ]) {
      expect(headersFor(new URL(url))).toBeUndefined();
    }
  });
});
