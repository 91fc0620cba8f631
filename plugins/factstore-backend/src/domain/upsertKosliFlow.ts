import type { FactStore } from '../database/FactStore';

/**
 * Kosli's `create flow` is create-or-update: the CLI runs it on every pipeline run, often from
 * parallel jobs (one that loses the race to create reruns and updates). A live flow of the name
 * is updated; an archived one is left alone and a new flow takes the name.
 */
export async function upsertKosliFlow(
  tx: FactStore,
  input: {
    org: string;
    name: string;
    description: string;
    requiredAttestations?: string[];
    templateYaml?: string;
  },
  actor: string,
) {
  const existing = await tx.flows.getByName(input.org, input.name);
  const flow = existing
    ? (await tx.flows.update(existing.id, {
        description: input.description,
        requiredAttestations: input.requiredAttestations,
        templateYaml: input.templateYaml,
      }))!
    : await tx.flows.create(
        {
          org: input.org,
          name: input.name,
          description: input.description,
          requiredAttestations: input.requiredAttestations ?? [],
          tags: {},
          requiresApproval: false,
          templateYaml: input.templateYaml,
        },
        actor,
      );
  return { flow, created: !existing };
}
