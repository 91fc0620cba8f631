import type { Assessment } from '../../database/AssessmentStore';
import type { FactStore } from '../../database/FactStore';
import type { Control, Framework } from '../../database/FrameworkStore';
import type { ControlResult } from './assessCompliance';

/** Most scopes a report shows: the newest assessed ones. */
const REPORT_SCOPES = 500;

export interface RegulatoryReport {
  frameworkId: string;
  frameworkName: string;
  frameworkVersion: string;
  framework: Framework;
  generatedAt: string;
  generatedBy: string;
  /** Per control, over the latest assessment of every scope. */
  controls: Array<{
    controlId: string;
    title: string;
    description: string | null;
    requiredEvidenceTypes: string[];
    passed: number;
    failed: number;
    notApplicable: number;
  }>;
  summary: {
    scopesAssessed: number;
    compliant: number;
    nonCompliant: number;
    partial: number;
    notApplicable: number;
  };
  /** The latest assessment of each trail, flow or environment assessed against the framework. */
  assessments: Assessment[];
}

/** The regulatory report of a framework: its controls and the latest assessment of each scope. */
export async function regulatoryReport(
  store: FactStore,
  framework: Framework,
  controls: Control[],
  generatedBy: string,
): Promise<RegulatoryReport> {
  const assessments = await store.assessments.latestPerScope(
    framework.id,
    REPORT_SCOPES,
  );
  const count = (status: string) =>
    assessments.filter(a => a.overallStatus === status).length;
  return {
    frameworkId: framework.id,
    frameworkName: framework.name,
    frameworkVersion: framework.version,
    framework,
    generatedAt: new Date().toISOString(),
    generatedBy,
    controls: controls.map(c => {
      const results = assessments.flatMap(a =>
        (a.controlResults as ControlResult[]).filter(
          r => r.controlId === c.controlId,
        ),
      );
      const of = (s: string) => results.filter(r => r.status === s).length;
      return {
        controlId: c.controlId,
        title: c.title,
        description: c.description,
        requiredEvidenceTypes: c.requiredEvidenceTypes,
        passed: of('PASS'),
        failed: of('FAIL'),
        notApplicable: of('NOT_APPLICABLE'),
      };
    }),
    summary: {
      scopesAssessed: assessments.length,
      compliant: count('COMPLIANT'),
      nonCompliant: count('NON_COMPLIANT'),
      partial: count('PARTIAL'),
      notApplicable: count('NOT_APPLICABLE'),
    },
    assessments,
  };
}
