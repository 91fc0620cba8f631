import type { ControlResult } from './assessCompliance';
import type { RegulatoryReport } from './regulatoryReport';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Everything shown comes from stored data: escaped, never trusted as markup. */
const esc = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, c => ESCAPES[c]);

const STYLE = `
body { font: 11pt/1.45 system-ui, sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; }
h1 { font-size: 18pt; margin-bottom: 0; } h2 { font-size: 14pt; margin-top: 2rem; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin-bottom: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.PASS, .COMPLIANT { color: #0a6b2c; font-weight: 600; } .FAIL, .NON_COMPLIANT { color: #a40e0e; font-weight: 600; }
.PARTIAL { color: #8a5a00; font-weight: 600; } .NOT_APPLICABLE { color: #555; }
.meta { color: #444; } code { font-size: 9.5pt; word-break: break-all; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  @page { size: A4; margin: 18mm 15mm; @bottom-right { content: "page " counter(page) " of " counter(pages); } }
  h2 { break-before: page; } h2.first { break-before: avoid; }
  table, tr { break-inside: avoid; } thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}`;

function controlTable(results: ControlResult[]) {
  const rows = results
    .map(
      r =>
        `<tr><td>${esc(r.controlId)}</td><td>${esc(r.title)}</td><td class="${esc(r.status)}">${esc(r.status)}</td><td><ul>${r.evidence
          .map(
            e =>
              `<li><span class="${esc(e.status)}">${esc(e.status)}</span> ${esc(e.requirement)}: ${esc(e.detail)}${e.source ? ` <code>${esc(e.source.type)} ${esc(e.source.id)}</code>` : ''}</li>`,
          )
          .join('')}</ul></td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Evidence</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The report as a standalone HTML page an auditor can read, with print CSS (A4, page numbers). */
export function reportHtml(report: RegulatoryReport): string {
  const s = report.summary;
  const controls = report.controls
    .map(
      c =>
        `<tr><td>${esc(c.controlId)}</td><td>${esc(c.title)}${c.description ? `<br><span class="meta">${esc(c.description)}</span>` : ''}</td><td>${c.requiredEvidenceTypes.map(t => `<code>${esc(t)}</code>`).join(', ') || '<span class="NOT_APPLICABLE">none mapped</span>'}</td><td class="PASS">${c.passed}</td><td class="FAIL">${c.failed}</td><td class="NOT_APPLICABLE">${c.notApplicable}</td></tr>`,
    )
    .join('');
  const assessments = report.assessments
    .map(
      a =>
        `<h3>${esc(a.scopeType)} ${esc((a.summary as { scope?: string }).scope ?? a.scopeId)}: <span class="${esc(a.overallStatus)}">${esc(a.overallStatus)}</span></h3><p class="meta">Assessment <code>${esc(a.id)}</code>, ${esc(a.assessedAt)} by ${esc(a.assessedBy)}</p>${controlTable(a.controlResults as ControlResult[])}`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(report.frameworkName)} ${esc(report.frameworkVersion)}: regulatory report</title><style>${STYLE}</style></head>
<body>
<h1>${esc(report.frameworkName)} (${esc(report.frameworkVersion)})</h1>
<p class="meta">Regulatory report generated ${esc(report.generatedAt)} for ${esc(report.generatedBy)} from the evidence recorded in factstore. Framework <code>${esc(report.frameworkId)}</code>.</p>
<h2 class="first">Summary</h2>
<table><thead><tr><th>Scopes assessed</th><th>Compliant</th><th>Non-compliant</th><th>Partial</th><th>Not applicable</th></tr></thead>
<tbody><tr><td>${s.scopesAssessed}</td><td class="COMPLIANT">${s.compliant}</td><td class="NON_COMPLIANT">${s.nonCompliant}</td><td class="PARTIAL">${s.partial}</td><td class="NOT_APPLICABLE">${s.notApplicable}</td></tr></tbody></table>
<h2>Controls</h2>
<table><thead><tr><th>Control</th><th>Title</th><th>Evidence required</th><th>Pass</th><th>Fail</th><th>N/A</th></tr></thead><tbody>${controls}</tbody></table>
<h2>Assessments</h2>
${assessments || '<p>No assessment has been run against this framework.</p>'}
</body></html>
`;
}
