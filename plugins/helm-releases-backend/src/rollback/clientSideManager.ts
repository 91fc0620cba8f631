import type { JsonObject } from '../manifest/json';

/** A managedFields entry, as the API server answers it. */
interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  time?: string;
  fieldsType?: string;
  fieldsV1?: FieldSet;
}

type FieldSet = { [field: string]: FieldSet };

function mergeFieldSets(a: FieldSet, b: FieldSet): FieldSet {
  const merged: FieldSet = { ...a };
  for (const [field, children] of Object.entries(b))
    merged[field] = merged[field]
      ? mergeFieldSets(merged[field], children)
      : children;
  return merged;
}

/**
 * A live object's managedFields with what `manager` wrote client-side (its Update entries) handed
 * to its server-side Apply entry, as client-go's csaupgrade does for Helm 4 when a release moves
 * to server-side apply: the apply that follows then removes fields only the client-side writes
 * set. Undefined when `manager` has no client-side entry.
 */
export function upgradedManagedFields(
  live: JsonObject,
  manager: string,
  now: Date,
): ManagedFieldsEntry[] | undefined {
  const entries = ((live.metadata as JsonObject | undefined)?.managedFields ??
    []) as ManagedFieldsEntry[];
  const clientSide = entries.filter(
    entry => entry.manager === manager && entry.operation === 'Update',
  );
  if (clientSide.length === 0) return undefined;
  const applied = entries.find(
    entry => entry.manager === manager && entry.operation === 'Apply',
  );
  const fieldsV1 = [applied, ...clientSide].reduce<FieldSet>(
    (set, entry) => mergeFieldSets(set, entry?.fieldsV1 ?? {}),
    {},
  );
  return [
    ...entries.filter(
      entry => entry !== applied && !clientSide.includes(entry),
    ),
    {
      manager,
      operation: 'Apply',
      apiVersion: applied?.apiVersion ?? (live.apiVersion as string),
      time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      fieldsType: 'FieldsV1',
      fieldsV1,
    },
  ];
}
