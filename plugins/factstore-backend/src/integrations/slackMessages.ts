/** A Slack message as incoming webhooks take it: fallback text plus Block Kit blocks. */
export interface SlackMessage {
  text: string;
  blocks: object[];
}

const section = (markdown: string) => ({
  type: 'section',
  text: { type: 'mrkdwn', text: markdown },
});

/** Slack's mrkdwn treats &, < and > as control characters. */
export const escapeMrkdwn = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const list = (values: string[]) =>
  values.length ? values.map(escapeMrkdwn).join(', ') : 'none';

export function trailNonCompliantMessage(n: {
  trailId: string;
  flowName: string;
  missingAttestationTypes: string[];
  failedAttestationTypes: string[];
  trailUrl?: string;
}): SlackMessage {
  const text = `Trail ${n.trailId} of flow ${n.flowName} is non-compliant`;
  const lines = [
    `:red_circle: *Trail non-compliant* in flow *${escapeMrkdwn(n.flowName)}*`,
    `Trail: \`${n.trailId}\``,
    `Missing attestations: ${list(n.missingAttestationTypes)}`,
    `Failed attestations: ${list(n.failedAttestationTypes)}`,
  ];
  if (n.trailUrl) lines.push(`<${n.trailUrl}|Open the trail>`);
  return { text, blocks: [section(lines.join('\n'))] };
}

export function approvalRequestedMessage(n: {
  approvalId: string;
  artifactSha: string;
  targetEnvironment: string;
  requiredApprovers: string[];
}): SlackMessage {
  const text = `Approval ${n.approvalId} requested for ${n.artifactSha} to ${n.targetEnvironment}`;
  return {
    text,
    blocks: [
      section(
        [
          `:hourglass: *Approval requested* for deployment to *${escapeMrkdwn(n.targetEnvironment)}*`,
          `Artifact: \`${escapeMrkdwn(n.artifactSha)}\``,
          `Approvers: ${list(n.requiredApprovers)}`,
        ].join('\n'),
      ),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'factstore_view_approval',
            text: { type: 'plain_text', text: 'Show status' },
            value: n.approvalId,
          },
        ],
      },
    ],
  };
}

const SEVERITY_ICONS: Record<string, string> = {
  CRITICAL: ':red_circle:',
  WARNING: ':warning:',
};

/** A notification rule's event, as a Slack message. */
export function notificationMessage(n: {
  title: string;
  message: string;
  severity: string;
}): SlackMessage {
  const icon = SEVERITY_ICONS[n.severity] ?? ':information_source:';
  return {
    text: n.title,
    blocks: [
      section(`${icon} *${escapeMrkdwn(n.title)}*\n${escapeMrkdwn(n.message)}`),
    ],
  };
}
