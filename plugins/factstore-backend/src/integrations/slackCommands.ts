import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import { complianceOfTrail } from '../domain/complianceOfTrails';

/** Slack's answer to a slash command or an interaction: shown to the user, or in the channel. */
export interface SlackReply {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
}

const ephemeral = (text: string): SlackReply => ({
  response_type: 'ephemeral',
  text,
});

const HELP = [
  'Usage:',
  "`/factstore status <trail id>`: the trail's compliance",
  '`/factstore approval <approval id>`: where an approval stands',
  '`/factstore help`: this text',
].join('\n');

const uuid = z.uuid();

async function trailStatus(store: FactStore, id: string): Promise<SlackReply> {
  if (!uuid.safeParse(id).success)
    return ephemeral(`"${id}" is not a trail id (a UUID)`);
  const trail = await store.trails.get(id);
  if (!trail) return ephemeral(`No trail with id ${id}`);
  const compliance = await complianceOfTrail(store, trail);
  const lines = [`Trail *${trail.name}*: ${compliance.status}`];
  if (compliance.missingAttestations.length)
    lines.push(`Missing: ${compliance.missingAttestations.join(', ')}`);
  if (compliance.failedAttestations.length)
    lines.push(`Failed: ${compliance.failedAttestations.join(', ')}`);
  return { response_type: 'in_channel', text: lines.join('\n') };
}

async function approvalStatus(
  store: FactStore,
  id: string,
): Promise<SlackReply> {
  if (!uuid.safeParse(id).success)
    return ephemeral(`"${id}" is not an approval id (a UUID)`);
  const approval = await store.approvals.get(id);
  if (!approval) return ephemeral(`No approval with id ${id}`);
  const decided = approval.decidedBy
    ? ` by ${approval.decidedBy} at ${approval.decidedAt}`
    : ` (requested by ${approval.requestedBy})`;
  return ephemeral(`Approval ${id}: ${approval.status}${decided}`);
}

/**
 * Answers `/factstore <text>`. Read-only on purpose: a Slack user is not a Backstage identity, so
 * decisions (approving, rejecting) stay in Backstage.
 */
export async function answerSlashCommand(
  store: FactStore,
  text: string,
): Promise<SlackReply> {
  const [command = 'help', arg = ''] = text.trim().split(/\s+/);
  if (command === 'status' && arg) return trailStatus(store, arg);
  if (command === 'approval' && arg) return approvalStatus(store, arg);
  return ephemeral(HELP);
}

const interaction = z.object({
  type: z.string(),
  actions: z
    .array(z.object({ action_id: z.string(), value: z.string().optional() }))
    .min(1, 'must hold the action that was taken'),
});

/** Answers a button of our messages (`factstore_view_approval`); `undefined` when not one of ours. */
export async function answerInteraction(
  store: FactStore,
  payload: z.infer<typeof interaction>,
): Promise<SlackReply> {
  const [action] = payload.actions;
  if (action.action_id === 'factstore_view_approval')
    return approvalStatus(store, action.value ?? '');
  return ephemeral(`Unknown action ${action.action_id}`);
}

export const interactionPayload = interaction;
