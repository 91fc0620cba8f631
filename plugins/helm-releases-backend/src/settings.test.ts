import { ConfigReader } from '@backstage/config';
import { readSettings } from './settings';
import { ChartRepositories } from './upgrade/ChartRepositories';

describe('readSettings', () => {
  const settings = (helmReleases: object) =>
    readSettings(new ConfigReader({ helmReleases }));

  it('defaults to 10 revisions and 300 s timeouts', () => {
    expect(settings({})).toEqual({
      maxHistory: 10,
      hookTimeoutMs: 300_000,
      upgrade: { helmBinary: undefined, maxHistory: 10, timeoutMs: 300_000 },
      charts: new ChartRepositories([]),
    });
  });

  it('turns fractional seconds into whole milliseconds, which Node accepts as a spawn timeout', () => {
    expect(
      settings({ upgradeTimeoutSeconds: 1.0005, hookTimeoutSeconds: 0.5 }),
    ).toMatchObject({ hookTimeoutMs: 500, upgrade: { timeoutMs: 1001 } });
  });

  it.each([
    [
      { upgradeTimeoutSeconds: 0 },
      'helmReleases.upgradeTimeoutSeconds must be a positive number of seconds, got 0',
    ],
    [
      { upgradeTimeoutSeconds: -5 },
      'helmReleases.upgradeTimeoutSeconds must be a positive number of seconds, got -5',
    ],
    [
      { hookTimeoutSeconds: 0 },
      'helmReleases.hookTimeoutSeconds must be a positive number of seconds, got 0',
    ],
    [
      { maxHistory: -1 },
      'helmReleases.maxHistory must be a whole number, 0 for unlimited',
    ],
    [
      { chartRepositories: [{ name: 'x', url: 'ftp://charts' }] },
      'helmReleases.chartRepositories: url of "x" must start with https://, http:// or oci://, got ftp://charts',
    ],
    [
      {
        chartRepositories: [
          { name: 'x', url: 'https://a' },
          { name: 'x', url: 'oci://b/c' },
        ],
      },
      'helmReleases.chartRepositories: the name "x" is used twice',
    ],
  ])('refuses %j at start, naming the key', (config, message) => {
    expect(() => settings(config)).toThrow(message);
  });
});
