import { z } from 'zod';
import {
  severityOfScore,
  severityOfWord,
  type Finding,
  type Severity,
} from '../findings';
import { compact, parseWith, scanReport, type ScanReport } from '../scanReport';

const text = z.looseObject({ text: z.string().optional() }).optional();
const properties = z.record(z.string(), z.unknown()).optional();
const level = z.enum(['none', 'note', 'warning', 'error']).optional();

const ruleSchema = z.looseObject({
  id: z.string(),
  shortDescription: text,
  fullDescription: text,
  defaultConfiguration: z.looseObject({ level }).optional(),
  properties,
});

/** The parts of a SARIF 2.1.0 log (OASIS) that name findings and their severity. */
const schema = z.looseObject({
  version: z.literal('2.1.0', { message: 'must be the SARIF version "2.1.0"' }),
  runs: z.array(
    z.looseObject({
      tool: z.looseObject({
        driver: z.looseObject({
          name: z.string(),
          version: z.string().optional(),
          semanticVersion: z.string().optional(),
          informationUri: z.string().optional(),
          rules: z.array(ruleSchema).optional(),
        }),
      }),
      invocations: z
        .array(
          z.looseObject({
            startTimeUtc: z.string().optional(),
            endTimeUtc: z.string().optional(),
          }),
        )
        .optional(),
      results: z
        .array(
          z.looseObject({
            ruleId: z.string().optional(),
            ruleIndex: z.number().int().min(0).optional(),
            rule: z
              .looseObject({
                id: z.string().optional(),
                index: z.number().int().min(0).optional(),
              })
              .optional(),
            level,
            message: z.looseObject({ text: z.string().optional() }),
            locations: z
              .array(
                z.looseObject({
                  physicalLocation: z
                    .looseObject({
                      artifactLocation: z
                        .looseObject({ uri: z.string().optional() })
                        .optional(),
                    })
                    .optional(),
                }),
              )
              .optional(),
            properties,
          }),
        )
        .default([]),
    }),
  ),
});

type Rule = z.output<typeof ruleSchema>;

/** A SARIF 2.1.0 log: Trivy `--format sarif`, Snyk `--sarif`, CodeQL, … */
export const isSarif = (doc: Record<string, unknown>) =>
  'runs' in doc &&
  (doc.version === '2.1.0' || /sarif/i.test(String(doc.$schema ?? '')));

const EXACT_SEVERITY = /^(CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)$/;

/**
 * A finding's severity, from the most specific statement a producer makes: Trivy's severity tag,
 * Snyk's `problem.severity`, the CVSS `security-severity` GitHub code scanning reads, and last the
 * SARIF level (error high, warning medium, note low: the mapping Snyk documents and Kosli uses).
 */
function severityOf(
  rule: Rule | undefined,
  resultLevel: string | undefined,
): { severity: Severity; source: string; score?: number } {
  const props = rule?.properties ?? {};
  const tags = Array.isArray(props.tags) ? props.tags : [];
  const tagged = tags.find(
    (t): t is string => typeof t === 'string' && EXACT_SEVERITY.test(t),
  );
  const scoreText = props['security-severity'];
  const score =
    typeof scoreText === 'string' || typeof scoreText === 'number'
      ? Number(scoreText)
      : undefined;
  const known =
    score !== undefined && Number.isFinite(score) ? score : undefined;
  if (tagged)
    return { severity: tagged as Severity, source: 'tag', score: known };
  const problem = (props.problem as { severity?: unknown } | undefined)
    ?.severity;
  const fromProblem =
    typeof problem === 'string' ? severityOfWord(problem) : undefined;
  if (fromProblem)
    return { severity: fromProblem, source: 'problem.severity', score: known };
  if (known !== undefined)
    return {
      severity: severityOfScore(known),
      source: 'security-severity',
      score: known,
    };
  const word = resultLevel ?? rule?.defaultConfiguration?.level ?? 'warning';
  return { severity: severityOfWord(word) ?? 'UNKNOWN', source: 'sarif-level' };
}

/** Trivy writes the package into the message: "Package: musl\nInstalled Version: 1.1.20-r4\n…". */
function trivyPackage(message: string | undefined) {
  const field = (name: string) =>
    new RegExp(`^${name}: (.+)$`, 'm').exec(message ?? '')?.[1]?.trim();
  return {
    package: field('Package'),
    installedVersion: field('Installed Version'),
    fixedVersion: field('Fixed Version') || undefined,
  };
}

/** Snyk Open Source writes "(CVE-2022-33987) got@11.8.2" as the rule's full description. */
function snykPackage(rule: Rule | undefined) {
  const match = /^\([^)]*\)\s+(\S+)@(\S+)$/.exec(
    rule?.fullDescription?.text?.trim() ?? '',
  );
  return match ? { package: match[1], installedVersion: match[2] } : {};
}

export function parseSarif(doc: unknown): ScanReport {
  const log = parseWith('sarif', schema, doc);
  const findings: Finding[] = [];
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results) {
      const index = result.ruleIndex ?? result.rule?.index;
      const id = result.ruleId ?? result.rule?.id;
      const found =
        (index !== undefined ? rules[index] : undefined) ??
        rules.find(r => r.id === id);
      const { severity, source, score } = severityOf(found, result.level);
      const fromTrivy = trivyPackage(result.message.text);
      findings.push(
        compact({
          id: id ?? found?.id ?? 'unnamed-rule',
          severity,
          severitySource: source,
          score,
          ...snykPackage(found),
          ...compact(fromTrivy),
          target:
            result.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
          title: found?.shortDescription?.text,
        }),
      );
    }
  }
  const first = log.runs[0];
  const driver = first?.tool.driver;
  return scanReport({
    format: 'sarif',
    scanner: compact({
      name: driver?.name ?? 'unknown',
      version: driver?.version ?? driver?.semanticVersion,
      uri: driver?.informationUri ?? `sarif:${driver?.name ?? 'unknown'}`,
    }),
    startedOn: first?.invocations?.[0]?.startTimeUtc,
    finishedOn: first?.invocations?.[0]?.endTimeUtc,
    findings,
  });
}
