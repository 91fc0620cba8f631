import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';

/** Objects of YAML or JSON files: multi-document YAML and `kind: List` are flattened. */
export async function readObjectFiles(paths: string[]): Promise<any[]> {
  const objects: any[] = [];
  for (const path of paths) {
    const text = await readFile(path, 'utf8');
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length > 0)
        throw new Error(`${path}: ${doc.errors[0].message}`);
      objects.push(...flatten(doc.toJS()));
    }
  }
  return objects;
}

function flatten(value: any): any[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (
    typeof value.kind === 'string' &&
    value.kind.endsWith('List') &&
    Array.isArray(value.items)
  ) {
    return value.items.flatMap(flatten);
  }
  return [value];
}
