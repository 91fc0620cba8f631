import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseJUnit } from '../domain/junit';
import { readEvidence } from './readEvidence';
import { parseJsonReport, readScanReport } from './readScanReport';
import { ReportParseError } from './scanReport';
import {
  jiraVerdict,
  junitVerdict,
  limitBreaches,
  pullRequestVerdict,
  scanVerdict,
  snykVerdict,
} from './verdicts';
import { VULNS_PREDICATE_TYPE, vulnsStatement } from './vulnsStatement';

/*
 * The expected numbers below were counted on the fixtures with jq and Python's ElementTree, not
 * with the code under test (e.g. `jq '[.matches[].vulnerability.severity] | group_by(.)'`).
 */
const scan = (file: string) =>
  readScanReport(
    parseJsonReport(readFileSync(fixturePath('scans', file), 'utf8')),
  );
const none = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };

describeWithFixtures()('scanner reports from ../shared/fixtures/scans', () => {
  it('Trivy JSON, image: 2 CRITICAL, one CVE in two packages', () => {
    const report = scan('trivy-image-alpine-39-high-critical.json');
    expect(report).toMatchObject({
      format: 'trivy-json',
      scanner: {
        name: 'Trivy',
        version: 'dev',
        uri: 'pkg:github/aquasecurity/trivy',
      },
      target: 'testdata/fixtures/images/alpine-39.tar.gz',
      startedOn: '2021-08-25T12:20:30.000000005Z',
      counts: { ...none, critical: 2 },
    });
    expect(report.findings).toEqual(
      ['musl', 'musl-utils'].map(pkg => ({
        id: 'CVE-2019-14697',
        severity: 'CRITICAL',
        severitySource: 'nvd',
        score: 9.8,
        package: pkg,
        installedVersion: '1.1.20-r4',
        fixedVersion: '1.1.20-r5',
        purl: `pkg:apk/alpine/${pkg}@1.1.20-r4?arch=x86_64&distro=3.9.4`,
        target: 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)',
      })),
    );
  });

  it('Trivy JSON, filesystem: 1 MEDIUM in jquery', () => {
    const report = scan('trivy-fs-npm.json');
    expect(report.counts).toEqual({ ...none, medium: 1 });
    expect(report.findings).toEqual([
      {
        id: 'CVE-2019-11358',
        severity: 'MEDIUM',
        severitySource: 'ghsa',
        package: 'jquery',
        installedVersion: '3.3.9',
        fixedVersion: '3.4.0',
        purl: 'pkg:npm/jquery@3.3.9',
        target: 'package-lock.json',
        title:
          "jquery: Prototype pollution in object's prototype leading to denial of service, remote code execution, or property injection",
      },
    ]);
  });

  it('Trivy SARIF: 4 MEDIUM, severity from the rule tag, package from the message', () => {
    const report = scan('trivy-image-alpine-310.sarif.json');
    expect(report).toMatchObject({
      format: 'sarif',
      scanner: {
        name: 'Trivy',
        version: 'dev',
        uri: 'https://github.com/aquasecurity/trivy',
      },
      counts: { ...none, medium: 4 },
    });
    expect(
      report.findings.map(f => [
        f.id,
        f.severity,
        f.score,
        f.package,
        f.installedVersion,
        f.fixedVersion,
      ]),
    ).toEqual([
      [
        'CVE-2019-1549',
        'MEDIUM',
        5.3,
        'libcrypto1.1',
        '1.1.1c-r0',
        '1.1.1d-r0',
      ],
      [
        'CVE-2019-1551',
        'MEDIUM',
        5.3,
        'libcrypto1.1',
        '1.1.1c-r0',
        '1.1.1d-r2',
      ],
      ['CVE-2019-1549', 'MEDIUM', 5.3, 'libssl1.1', '1.1.1c-r0', '1.1.1d-r0'],
      ['CVE-2019-1551', 'MEDIUM', 5.3, 'libssl1.1', '1.1.1c-r0', '1.1.1d-r2'],
    ]);
    expect(new Set(report.findings.map(f => f.target))).toEqual(
      new Set(['testdata/fixtures/images/alpine-310.tar.gz']),
    );
  });

  it('Grype JSON: 9 matches, 2 critical, 2 high, 5 medium', () => {
    const report = scan('grype-0.24.0-dir.many_vulns4.json');
    expect(report).toMatchObject({
      format: 'grype-json',
      scanner: {
        name: 'grype',
        version: '0.24.0',
        uri: 'pkg:github/anchore/grype',
      },
      target: '"."',
      counts: { ...none, critical: 2, high: 2, medium: 5 },
    });
    expect(
      report.findings.map(f => [
        f.id,
        f.severity,
        f.package,
        f.installedVersion,
      ]),
    ).toEqual([
      ['CVE-1999-1338', 'MEDIUM', 'delegate', '3.2.0'],
      ['CVE-2002-1647', 'MEDIUM', 'slash', '4.0.0'],
      ['CVE-2005-0036', 'MEDIUM', 'delegate', '3.2.0'],
      ['CVE-2005-0861', 'HIGH', 'delegate', '3.2.0'],
      ['CVE-2007-2405', 'MEDIUM', 'pdfkit', '0.12.0'],
      ['CVE-2014-5509', 'MEDIUM', 'clipboard', '2.0.8'],
      ['CVE-2021-29940', 'CRITICAL', 'through', '2.3.8'],
      ['CVE-2021-32626', 'HIGH', 'redis', '3.5.3'],
      ['GHSA-8v27-2fg9-7h62', 'CRITICAL', 'static-eval', '2.1.0'],
    ]);
    expect(report.findings[7]).toMatchObject({
      purl: 'pkg:pypi/redis@3.5.3',
      target: 'requirements.txt',
      severitySource: 'nvd',
    });
  });

  it('Snyk JSON: maven and pip projects, one medium each', () => {
    expect(scan('snyk-test-maven.single_project_one_vuln.json')).toMatchObject({
      format: 'snyk-json',
      scanner: { name: 'Snyk', uri: 'pkg:github/snyk/cli' },
      target: 'com.test:myframework',
      counts: { ...none, medium: 1 },
      findings: [
        {
          id: 'SNYK-JAVA-ORGAPACHESANTUARIO-460281',
          severity: 'MEDIUM',
          score: 6.5,
          package: 'org.apache.santuario:xmlsec',
          installedVersion: '2.1.1',
          fixedVersion: '2.1.4',
          title: 'XML External Entity (XXE) Injection',
        },
      ],
    });
    expect(scan('snyk-test-pip.with-pins-remediation.json')).toMatchObject({
      target: 'python-pip-app-with-vulns',
      counts: { ...none, medium: 1 },
      findings: [
        {
          id: 'SNYK-PYTHON-DJANGO-40025',
          package: 'django',
          installedVersion: '1.6.1',
          fixedVersion: '1.4.11, 1.5.6, 1.6.3, 1.7.1',
          score: 5.6,
        },
      ],
    });
  });

  it('CycloneDX 1.7 with vulnerabilities: the rating of the vulnerability source decides', () => {
    const report = scan('trivy-fs-pom.cyclonedx.json');
    expect(report).toMatchObject({
      format: 'cyclonedx',
      scanner: { name: 'trivy', version: 'dev' },
      target: 'testdata/fixtures/repo/pom',
      startedOn: '2021-08-25T12:20:30+00:00',
      counts: { ...none, critical: 1, high: 1 },
    });
    expect(
      report.findings.map(f => [
        f.id,
        f.severity,
        f.severitySource,
        f.package,
        f.installedVersion,
        f.purl,
      ]),
    ).toEqual([
      [
        'CVE-2020-9548',
        'CRITICAL',
        'ghsa',
        'jackson-databind',
        '2.9.1',
        'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1',
      ],
      [
        'CVE-2021-20190',
        'HIGH',
        'ghsa',
        'jackson-databind',
        '2.9.1',
        'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1',
      ],
    ]);
  });

  it('SPDX without security advisories is a bill of materials: refused as a scan, kept unread as evidence', async () => {
    const text = readFileSync(fixturePath('scans', 'trivy-fs-conda.spdx.json'));
    expect(() => readScanReport(parseJsonReport(text.toString()))).toThrow(
      'tried spdx: the document lists 3 packages and no security findings',
    );
    await expect(readEvidence(text, { type: 'sbom' })).resolves.toEqual({
      kind: 'other',
    });
  });

  it('becomes an in-toto vulns v0.1 statement', () => {
    const report = scan('trivy-image-alpine-39-high-critical.json');
    const statement = vulnsStatement(
      report,
      { name: 'alpine', sha256: 'a'.repeat(64) },
      '2026-01-01T00:00:00.000Z',
    );
    expect(statement).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'alpine', digest: { sha256: 'a'.repeat(64) } }],
      predicateType: VULNS_PREDICATE_TYPE,
      predicate: {
        scanner: {
          uri: 'pkg:github/aquasecurity/trivy',
          version: 'dev',
          db: { lastUpdate: '2026-01-01T00:00:00.000Z' },
        },
        metadata: {
          scanStartedOn: '2021-08-25T12:20:30.000000005Z',
          severityCounts: { ...none, critical: 2 },
        },
      },
    });
    expect(statement.predicate.scanner.result[1]).toEqual({
      id: 'CVE-2019-14697',
      severity: [
        { method: 'factstore', score: 'critical' },
        { method: 'nvd', score: 'critical' },
        { method: 'cvss_score', score: '9.8' },
      ],
      annotations: [
        {
          package: 'musl-utils',
          installedVersion: '1.1.20-r4',
          fixedVersion: '1.1.20-r5',
          purl: 'pkg:apk/alpine/musl-utils@1.1.20-r4?arch=x86_64&distro=3.9.4',
          target: 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)',
        },
      ],
    });
  });

  it('reads scanner reports attached as evidence, also gzipped', async () => {
    const sarif = readFileSync(
      fixturePath('scans', 'trivy-image-alpine-310.sarif.json'),
    );
    const reading = await readEvidence(gzipSync(sarif), { type: 'generic' });
    expect(reading.kind).toBe('scan');
    expect(reading.kind === 'scan' && reading.scan.counts.medium).toBe(4);
  });

  it('refuses evidence of an attestation named for a scanner that is not its report, and keeps it for others', async () => {
    const report = readFileSync(
      fixturePath('scans', 'trivy-image-alpine-39-high-critical.json'),
    );
    const truncated = report.subarray(0, 2000);
    for (const type of ['trivy', 'Snyk', 'grype', 'sarif'])
      await expect(readEvidence(truncated, { type })).rejects.toThrow(
        /^tried json: not JSON: syntax error at position 2000/,
      );
    await expect(
      readEvidence(Buffer.from('{"hello":"world"}'), { type: 'trivy' }),
    ).rejects.toThrow(/^tried json: not a scanner report this plugin reads/);
    await expect(
      readEvidence(Buffer.from('%PDF-1.7'), { type: 'snyk' }),
    ).rejects.toThrow(/^tried json: not JSON/);
    // Read whole, it decides: 2 critical findings.
    const read = await readEvidence(report, { type: 'trivy' });
    expect(read.kind === 'scan' && read.scan.counts.critical).toBe(2);
    // The type in any case; a gzip that expands beyond what is read is refused for these types.
    await expect(
      readEvidence(Buffer.from('<testsuite><testcase'), { type: 'JUnit' }),
    ).rejects.toThrow(/^tried junit: not well-formed XML/);
    const bomb = gzipSync(Buffer.alloc(65 * 2 ** 20));
    await expect(readEvidence(bomb, { type: 'trivy' })).rejects.toThrow(
      /^tried json: the gzip expands beyond 64 MiB/,
    );
    await expect(readEvidence(bomb, { type: 'generic' })).resolves.toEqual({
      kind: 'other',
    });
    // Evidence of any other type that is no report is kept unread.
    await expect(readEvidence(truncated, { type: 'generic' })).resolves.toEqual(
      { kind: 'other' },
    );
  });
});

describeWithFixtures()('JUnit reports from ../shared/fixtures/junit', () => {
  const junit = (file: string) =>
    parseJUnit(readFileSync(fixturePath('junit', file), 'utf8'));

  it.each([
    [
      'go-junit-report.subtests.xml',
      11,
      4,
      0,
      1,
      ['package/subtests'],
      'FAILED',
      'junit: 4 failures, 0 errors in 11 tests',
    ],
    [
      'jest-junit.failures.xml',
      6,
      4,
      0,
      1,
      ['__tests__\\main.test.js', '__tests__\\second.test.js'],
      'FAILED',
      'junit: 4 failures, 0 errors in 6 tests',
    ],
    [
      'pytest-junitxml.failures-skipped.xml',
      10,
      2,
      0,
      2,
      ['pytest'],
      'FAILED',
      'junit: 2 failures, 0 errors in 10 tests',
    ],
    [
      'surefire-3.0.2.TEST-io.olamy.FlakyTest.xml',
      1,
      0,
      0,
      0,
      ['io.olamy.FlakyTest'],
      'PASSED',
      'junit: 1 test passed',
    ],
    [
      'testng-junitreport.TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml',
      2,
      1,
      0,
      1,
      ['org.apache.pulsar.AddMissingPatchVersionTest'],
      'FAILED',
      'junit: 1 failure, 0 errors in 2 tests',
    ],
  ])(
    '%s: %i tests, %i failures, %i errors, %i skipped',
    (file, total, failures, errors, skipped, suites, status, reason) => {
      const summary = junit(file);
      expect(summary).toMatchObject({ total, failures, errors, skipped });
      expect(summary.suites.map(s => s.name)).toEqual(suites);
      expect(junitVerdict('PASSED', summary)).toEqual({
        status,
        claimedStatus: 'PASSED',
        reason,
      });
    },
  );
});

describe('derived status truth table', () => {
  const passing = { total: 570, failures: 0, errors: 0, skipped: 3 };
  const failing = { total: 570, failures: 4, errors: 1, skipped: 0 };
  const empty = { total: 0, failures: 0, errors: 0, skipped: 0 };

  it.each([
    ['PASSED', failing, 'FAILED', 'junit: 4 failures, 1 error in 570 tests'],
    ['PENDING', failing, 'FAILED', 'junit: 4 failures, 1 error in 570 tests'],
    ['FAILED', failing, 'FAILED', 'junit: 4 failures, 1 error in 570 tests'],
    ['PASSED', passing, 'PASSED', 'junit: 570 tests passed (3 skipped)'],
    ['PENDING', passing, 'PASSED', 'junit: 570 tests passed (3 skipped)'],
    [
      'FAILED',
      passing,
      'FAILED',
      'junit: 570 tests passed (3 skipped); the FAILED claim stands (evidence never turns a failure into a pass)',
    ],
    ['PASSED', empty, 'FAILED', 'junit: the report holds no tests'],
  ] as const)(
    'junit: claimed %s with %o → %s',
    (claimed, counts, status, reason) => {
      expect(junitVerdict(claimed, counts)).toEqual({
        status,
        claimedStatus: claimed,
        reason,
      });
    },
  );

  const limits = { maxCritical: 0, maxHigh: 2, maxMedium: 10, maxLow: null };
  it.each([
    [{ ...none, critical: 2 }, ['2 critical > maxCritical 0']],
    [{ ...none, high: 2, medium: 10, low: 500 }, []],
    [
      { ...none, high: 3, medium: 11 },
      ['3 high > maxHigh 2', '11 medium > maxMedium 10'],
    ],
    [{ ...none, unknown: 99 }, []],
  ])('thresholds: %o breaks %o', (counts, breaches) => {
    expect(limitBreaches(counts, limits)).toEqual(breaches);
    expect(scanVerdict('PASSED', 'Trivy', counts, limits).status).toBe(
      breaches.length ? 'FAILED' : 'PASSED',
    );
  });
  it('names the counts and the thresholds broken', () => {
    expect(
      scanVerdict('PASSED', 'Trivy', { ...none, critical: 2 }, limits).reason,
    ).toBe(
      "Trivy: 2 critical, 0 high, 0 medium, 0 low, 0 unknown breaks the flow's security thresholds (2 critical > maxCritical 0)",
    );
    expect(
      limitBreaches({ ...none, low: 1 }, { ...limits, maxLow: 0 }),
    ).toEqual(['1 low > maxLow 0']);
  });

  it.each([
    [none, 'PASSED'],
    [{ ...none, low: 1 }, 'FAILED'],
    [{ ...none, unknown: 1 }, 'FAILED'],
  ])('Kosli snyk: %o → %s (any vulnerability fails it)', (counts, status) => {
    expect(snykVerdict('PASSED', counts).status).toBe(status);
  });

  it.each([
    [
      [],
      'FAILED',
      'jira: no Jira issue reference was found in the commit or branch',
    ],
    [
      [{ issue_id: 'PROJ-1', issue_exists: false }],
      'FAILED',
      'jira: PROJ-1 does not exist',
    ],
    [
      [
        { issue_id: 'PROJ-1', issue_exists: true },
        { issue_id: 'NOTE-2', issue_exists: false },
      ],
      'FAILED',
      'jira: NOTE-2 does not exist',
    ],
    [
      [{ issue_id: 'PROJ-1', issue_exists: true }],
      'PASSED',
      'jira: PROJ-1 found',
    ],
  ])('Kosli jira: %o → %s', (results, status, reason) => {
    expect(jiraVerdict('PASSED', results)).toMatchObject({ status, reason });
  });

  it('Kosli pull_request: none found fails it', () => {
    expect(pullRequestVerdict('PASSED', 'github', [])).toMatchObject({
      status: 'FAILED',
      reason: 'pull_request: no github pull request was found for the commit',
    });
    expect(
      pullRequestVerdict('PASSED', 'github', [
        { url: 'https://github.com/o/r/pull/1' },
      ]).status,
    ).toBe('PASSED');
  });

  it('a report that does not parse names the format tried and the first problem', async () => {
    expect(() =>
      readScanReport({ SchemaVersion: 2, Results: [{ Target: 1 }] }),
    ).toThrow(
      new ReportParseError(
        'trivy-json',
        'Results[0].Target: Invalid input: expected string, received number',
      ),
    );
    expect(() => parseJsonReport('{"runs": [')).toThrow(
      /^tried json: not JSON/,
    );
    expect(() => readScanReport({ hello: 'world' })).toThrow(
      /^tried json: not a scanner report this plugin reads/,
    );
    await expect(
      readEvidence(Buffer.from('<testsuite><testcase'), { type: 'generic' }),
    ).rejects.toThrow(/^tried junit: not well-formed XML/);
  });
});
