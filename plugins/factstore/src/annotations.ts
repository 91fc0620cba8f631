import type { Entity } from '@backstage/catalog-model';

/** The factstore flow (or flows, comma separated) that delivers the component. */
export const FACTSTORE_FLOW_ANNOTATION = 'factstore.fawkes.dev/flow';
/** Optional: the flows' org (Kosli's); `default`, the v1 API's org, when absent. */
export const FACTSTORE_ORG_ANNOTATION = 'factstore.fawkes.dev/org';

export interface FlowTarget {
  flows: string[];
  org: string;
}

/** The entity's flows, or undefined when it has no flow annotation. */
export function flowTargetOf(entity: Entity): FlowTarget | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const flows = (annotations[FACTSTORE_FLOW_ANNOTATION] ?? '')
    .split(',')
    .map(name => name.trim())
    .filter(Boolean);
  if (flows.length === 0) return undefined;
  return {
    flows,
    org: annotations[FACTSTORE_ORG_ANNOTATION]?.trim() || 'default',
  };
}
