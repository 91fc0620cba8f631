import type { XMLParser } from 'fast-xml-parser';

/** Counts of one JUnit <testsuite>, in the shape the Kosli CLI sends as `junit_results`. */
export interface JUnitSuiteResult {
  name: string;
  total: number;
  failures: number;
  errors: number;
  skipped: number;
  duration: number;
}

export interface JUnitSummary {
  suites: JUnitSuiteResult[];
  total: number;
  failures: number;
  errors: number;
  skipped: number;
  /** No failures and no errors. */
  passed: boolean;
}

/** Made by the first JUnit report, not at start. */
let xmlParser: XMLParser | undefined;
function parser(): XMLParser {
  if (!xmlParser) {
    const fxp: typeof import('fast-xml-parser') =
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('fast-xml-parser');
    xmlParser = new fxp.XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: name => name === 'testsuite' || name === 'testcase',
      // Test output can be large; entities are not expanded (no billion-laughs).
      processEntities: false,
    });
  }
  return xmlParser;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
const num = (value: unknown) => {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
};

/**
 * A suite's count attribute: absent is 0; anything but a whole number ≥ 0 is refused, so that
 * a negative count cannot cancel another suite's failures.
 */
function count(
  node: SuiteNode,
  key: 'tests' | 'failures' | 'errors' | 'skipped' | 'disabled',
) {
  const value = node[key];
  if (value === undefined) return 0;
  if (!/^\s*\d+\s*$/.test(String(value))) {
    const name = node.name ? ` name="${node.name}"` : '';
    throw new Error(`<testsuite${name}> ${key}="${value}" is not a count`);
  }
  return Number(value);
}

interface SuiteNode {
  name?: string;
  time?: string;
  testcase?: CaseNode[];
  testsuite?: SuiteNode[];
  tests?: string;
  failures?: string;
  errors?: string;
  skipped?: string;
  disabled?: string;
}
interface CaseNode {
  time?: string;
  failure?: unknown;
  error?: unknown;
  skipped?: unknown;
}

function collectSuites(node: SuiteNode, out: SuiteNode[]) {
  if (node.testcase?.length || node.tests !== undefined) out.push(node);
  for (const child of node.testsuite ?? []) collectSuites(child, out);
}

/**
 * Parses a JUnit XML report (surefire, jest-junit, pytest, go-junit-report, TestNG…) into counts.
 * Counts come from the <testcase> elements when there are any, as the Kosli CLI does, and from the
 * suite's attributes otherwise. Throws when the text is not a JUnit report.
 */
export function parseJUnit(xml: string): JUnitSummary {
  let doc: { testsuites?: SuiteNode | string; testsuite?: SuiteNode[] };
  try {
    doc = parser().parse(xml, true);
  } catch (error) {
    throw new Error(`not well-formed XML: ${(error as Error).message}`);
  }
  const roots: SuiteNode[] = [];
  if (doc.testsuites !== undefined) {
    const wrapper = typeof doc.testsuites === 'object' ? doc.testsuites : {};
    roots.push(...asArray(wrapper.testsuite));
  }
  roots.push(...asArray(doc.testsuite));
  if (doc.testsuites === undefined && doc.testsuite === undefined) {
    throw new Error('no <testsuites> or <testsuite> root element');
  }
  const nodes: SuiteNode[] = [];
  for (const root of roots) collectSuites(root, nodes);

  const suites = nodes.map(node => {
    const cases = node.testcase ?? [];
    if (cases.length > 0) {
      const failures = cases.filter(c => c.failure !== undefined).length;
      const errors = cases.filter(
        c => c.failure === undefined && c.error !== undefined,
      ).length;
      const skipped = cases.filter(c => c.skipped !== undefined).length;
      return {
        name: node.name ?? '',
        total: cases.length,
        failures,
        errors,
        skipped,
        duration:
          num(node.time) || cases.reduce((sum, c) => sum + num(c.time), 0),
      };
    }
    return {
      name: node.name ?? '',
      total: count(node, 'tests'),
      failures: count(node, 'failures'),
      errors: count(node, 'errors'),
      skipped: count(node, node.skipped === undefined ? 'disabled' : 'skipped'),
      duration: num(node.time),
    };
  });
  return summaryOf(suites);
}

function summaryOf(suites: JUnitSuiteResult[]): JUnitSummary {
  const sum = (key: 'total' | 'failures' | 'errors' | 'skipped') =>
    suites.reduce((acc, s) => acc + s[key], 0);
  const summary = {
    suites,
    total: sum('total'),
    failures: sum('failures'),
    errors: sum('errors'),
    skipped: sum('skipped'),
  };
  return { ...summary, passed: summary.failures === 0 && summary.errors === 0 };
}

/** Several reports (a results directory) as one: their suites, counted together. */
export function mergeJUnit(reports: JUnitSummary[]): JUnitSummary {
  return summaryOf(reports.flatMap(report => report.suites));
}
