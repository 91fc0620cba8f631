import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gitFieldsFromCi } from './ciContext';
import { normalizeDigest } from './digest';
import { requiredTypesFromTemplate } from './flowTemplate';
import { parseJUnit } from './junit';
import { parseSnappish } from './snappish';
import { diffSnapshots } from './snapshotDiff';

describeWithFixtures()('JUnit fixtures', () => {
  const dir = dirname(fixturePath('junit', 'jest-junit.failures.xml'));
  const files = readdirSync(dir).filter(f => f.endsWith('.xml'));

  it.each(files)('parses %s into consistent counts', file => {
    const summary = parseJUnit(readFileSync(`${dir}/${file}`, 'utf8'));
    expect(summary.suites.length).toBeGreaterThan(0);
    expect(summary.total).toBeGreaterThan(0);
    expect(
      summary.failures + summary.errors + summary.skipped,
    ).toBeLessThanOrEqual(summary.total);
    expect(summary.passed).toBe(summary.failures === 0 && summary.errors === 0);
  });

  it('counts the failures of jest-junit and pytest reports', () => {
    expect(
      parseJUnit(readFileSync(`${dir}/jest-junit.failures.xml`, 'utf8')).passed,
    ).toBe(false);
    const pytest = parseJUnit(
      readFileSync(`${dir}/pytest-junitxml.failures-skipped.xml`, 'utf8'),
    );
    expect(pytest.skipped).toBeGreaterThan(0);
    expect(pytest.passed).toBe(false);
  });
});

describe('parseJUnit', () => {
  it('refuses what is not a JUnit report', () => {
    expect(() => parseJUnit('<html/>')).toThrow(/testsuite/);
    expect(() => parseJUnit('<testsuite><testcase')).toThrow(/XML/);
  });
});

describe('parseSnappish', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it.each([
    ['prod', { environment: 'prod', selector: { kind: 'latest' } }],
    [
      'prod#12',
      { environment: 'prod', selector: { kind: 'index', index: 12 } },
    ],
    ['prod~3', { environment: 'prod', selector: { kind: 'back', count: 3 } }],
    [
      'prod@{2.hours.ago}',
      {
        environment: 'prod',
        selector: { kind: 'at', time: new Date('2026-11-22T10:00:00Z') },
      },
    ],
    [
      'prod@{1.day.ago}',
      {
        environment: 'prod',
        selector: { kind: 'at', time: new Date('2026-11-21T12:00:00Z') },
      },
    ],
    [
      'aws-prod@{2026-11-01T08:00:00Z}',
      {
        environment: 'aws-prod',
        selector: { kind: 'at', time: new Date('2026-11-01T08:00:00Z') },
      },
    ],
  ])('%s', (text, expected) =>
    expect(parseSnappish(text, now)).toEqual(expected),
  );

  it.each([
    '',
    '#3',
    'prod#',
    'prod#0',
    'prod~x',
    'prod@{yesterday}',
    'prod@{2.fortnights.ago}',
    'prod!',
  ])('refuses %p', text => expect(() => parseSnappish(text, now)).toThrow());
});

describe('gitFieldsFromCi', () => {
  it('reads GitLab, Jenkins, CircleCI and Azure DevOps variables', () => {
    expect(
      gitFieldsFromCi('gitlab-ci', {
        CI_COMMIT_SHA: 'abc1234',
        CI_COMMIT_BRANCH: 'main',
        CI_COMMIT_AUTHOR: 'Jane Doe <jane@x.io>',
        CI_MERGE_REQUEST_IID: '5',
        CI_JOB_URL: 'https://gl/j/1',
      }),
    ).toEqual({
      gitCommitSha: 'abc1234',
      gitBranch: 'main',
      gitAuthor: 'Jane Doe',
      gitAuthorEmail: 'jane@x.io',
      pullRequestNumber: 5,
      buildUrl: 'https://gl/j/1',
    });
    expect(
      gitFieldsFromCi('jenkins', {
        GIT_COMMIT: 'abc1234',
        GIT_BRANCH: 'origin/main',
        BUILD_URL: 'https://j/1',
        CHANGE_ID: '9',
      }),
    ).toMatchObject({ gitBranch: 'origin/main', pullRequestNumber: 9 });
    expect(
      gitFieldsFromCi('circleci', {
        CIRCLE_SHA1: 'abc1234',
        CIRCLE_PULL_REQUEST: 'https://github.com/o/r/pull/17',
      }),
    ).toMatchObject({ pullRequestNumber: 17 });
    expect(
      gitFieldsFromCi('azure-devops', {
        BUILD_SOURCEVERSION: 'abc1234',
        SYSTEM_COLLECTIONURI: 'https://dev.azure.com/org',
        SYSTEM_TEAMPROJECT: 'p',
        BUILD_BUILDID: '3',
      }),
    ).toMatchObject({
      buildUrl: 'https://dev.azure.com/org/p/_build/results?buildId=3',
    });
  });
});

describe('digests, templates, diffs', () => {
  it('normalizes sha256:<hex> and bare hex, and refuses the rest', () => {
    expect(normalizeDigest(`sha256:${'AB'.repeat(32)}`)).toBe('ab'.repeat(32));
    expect(normalizeDigest('ab'.repeat(32))).toBe('ab'.repeat(32));
    expect(normalizeDigest(`sha512:${'ab'.repeat(32)}`)).toBeUndefined();
    expect(normalizeDigest('ab'.repeat(31))).toBeUndefined();
  });

  it('reads the required types of a Kosli template', () => {
    expect(
      requiredTypesFromTemplate(
        'version: 1\ntrail:\n  attestations:\n    - {name: jira, type: jira}\n  artifacts:\n    - name: app\n      attestations:\n        - {name: tests, type: junit}\n',
      ),
    ).toEqual(['jira', 'junit']);
    expect(requiredTypesFromTemplate('version: 1\n')).toEqual([]);
    expect(() => requiredTypesFromTemplate('- a\n')).toThrow(/mapping/);
    expect(() =>
      requiredTypesFromTemplate('trail:\n  attestations:\n    - name: x\n'),
    ).toThrow(/type/);
  });

  it('diffs snapshots into added, removed, changed and unchanged', () => {
    const diff = diffSnapshots(
      [
        { name: 'api', sha256: 'a1' },
        { name: 'web', sha256: 'w1' },
        { name: 'db', sha256: 'd1' },
      ],
      [
        { name: 'api', sha256: 'a2' },
        { name: 'web', sha256: 'w1' },
        { name: 'cache', sha256: 'c1' },
      ],
    );
    expect(diff).toEqual({
      added: [{ name: 'cache', sha256: 'c1' }],
      removed: [{ name: 'db', sha256: 'd1' }],
      changed: [{ name: 'api', fromSha256: 'a1', toSha256: 'a2' }],
      unchanged: [{ name: 'web', sha256: 'w1' }],
    });
  });
});
