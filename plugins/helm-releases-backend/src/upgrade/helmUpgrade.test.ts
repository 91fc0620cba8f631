import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  dependencyReason,
  helmUpgradeArguments,
  parseHelmOutput,
  parseValues,
  subchartsInPath,
  writeChart,
} from './helmUpgrade';

describe('helm upgrade pieces that run without a helm binary', () => {
  it('builds the command line: stored chart, new values replacing the old, JSON output, dry run', () => {
    const args = helmUpgradeArguments({
      name: 'web',
      namespace: 'shop',
      chartDir: '/tmp/x/chart',
      valuesMode: 'reset',
      valuesFile: '/tmp/x/values.yaml',
      kubeconfigFile: '/tmp/x/kubeconfig',
      context: 'prod',
      maxHistory: 10,
      dryRun: true,
    });
    expect(args).toEqual([
      'upgrade',
      'web',
      '/tmp/x/chart',
      '--namespace',
      'shop',
      '--kubeconfig',
      '/tmp/x/kubeconfig',
      '--kube-context',
      'prod',
      '--values',
      '/tmp/x/values.yaml',
      '--reset-values',
      '--history-max',
      '10',
      '--output',
      'json',
      '--dry-run',
    ]);
    expect(
      helmUpgradeArguments({
        name: 'web',
        namespace: 'shop',
        chartDir: 'c',
        valuesFile: 'v',
        kubeconfigFile: 'k',
        context: 'c',
        maxHistory: 0,
        dryRun: false,
      }),
    ).not.toContain('--dry-run');
  });

  it.each([
    [undefined, []],
    ['reuse', ['--reuse-values']],
    ['reset', ['--reset-values']],
    ['resetThenReuse', ['--reset-then-reuse-values']],
  ] as const)(
    'hands helm the flag of values mode %s, and none without one',
    (valuesMode, flags) => {
      const args = helmUpgradeArguments({
        name: 'web',
        namespace: 'shop',
        chartDir: 'c',
        valuesMode,
        valuesFile: 'v',
        kubeconfigFile: 'k',
        context: 'c',
        maxHistory: 0,
        dryRun: false,
      });
      expect(args.filter(a => /^--re.*-values$/.test(a))).toEqual(flags);
    },
  );

  it('parses values as a YAML mapping', () => {
    expect(parseValues('replicas: 3\nimage: {tag: v2}\n')).toEqual({
      replicas: 3,
      image: { tag: 'v2' },
    });
    expect(parseValues('')).toEqual({});
    expect(() => parseValues('a: [1')).toThrow('values must be YAML');
    expect(() => parseValues('42')).toThrow('YAML mapping');
  });

  it('names the dependencies that make a stored chart unsafe to re-render', () => {
    expect(
      dependencyReason({
        chart: {
          metadata: {
            name: 'u',
            dependencies: [{ name: 'redis' }, { name: 'pg' }],
          },
        },
      }),
    ).toContain('(redis, pg)');
    expect(
      dependencyReason({
        chart: {
          metadata: { name: 'u' },
          lock: { dependencies: [{ name: 'redis' }] },
        },
      }),
    ).toContain('(redis)');
    expect(
      dependencyReason({
        chart: { metadata: { name: 'plain' } },
        manifest:
          '---\n# Source: plain/templates/charts/cm.yaml\nkind: ConfigMap\n',
      }),
    ).toBeUndefined();
  });

  it("finds subcharts in template paths, nested ones too, and not in the chart's own templates", () => {
    expect(subchartsInPath('umbrella/charts/pg/templates/sts.yaml')).toEqual([
      'pg',
    ]);
    expect(
      subchartsInPath('umbrella/charts/app/charts/redis/templates/cm.yaml'),
    ).toEqual(['app', 'redis']);
    expect(subchartsInPath('umbrella/templates/charts/cm.yaml')).toEqual([]);
    expect(subchartsInPath('umbrella/charts/README.md')).toEqual([]);
  });

  it('refuses helm output that is not a release', () => {
    expect(() => parseHelmOutput('Error: nothing')).toThrow('no release JSON');
    expect(() => parseHelmOutput('{"kind":"List"}')).toThrow('not a release');
  });

  it('refuses chart file names that leave the chart directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chart-'));
    try {
      await expect(
        writeChart(
          {
            metadata: { name: 'x' },
            templates: [{ name: '../../etc/evil', data: '' }],
          },
          dir,
        ),
      ).rejects.toThrow('leaves the chart directory');
      await expect(
        writeChart(
          {
            metadata: { name: 'x' },
            templates: [{ name: '/etc/evil', data: '' }],
          },
          dir,
        ),
      ).rejects.toThrow('leaves the chart directory');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describeWithFixtures()('helm upgrade with a real stored chart', () => {
  const release = JSON.parse(
    readFileSync(
      fixturePath('helm', 'pluto-secret-demo2.decoded.json'),
      'utf8',
    ),
  );

  it('writes the stored chart back as a chart directory helm can load', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chart-'));
    try {
      await writeChart(release.chart, dir);
      expect(parse(await readFile(join(dir, 'Chart.yaml'), 'utf8'))).toEqual(
        release.chart.metadata,
      );
      expect(parse(await readFile(join(dir, 'values.yaml'), 'utf8'))).toEqual(
        release.chart.values,
      );
      for (const template of release.chart.templates) {
        expect(await readFile(join(dir, template.name))).toEqual(
          Buffer.from(template.data, 'base64'),
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('parses the release JSON helm prints, after any warning lines', () => {
    const printed = `WARNING: Kubernetes configuration file is group-readable.\n${JSON.stringify({ ...release, version: 2 })}\n`;
    expect(parseHelmOutput(printed)).toEqual({ ...release, version: 2 });
  });
});
