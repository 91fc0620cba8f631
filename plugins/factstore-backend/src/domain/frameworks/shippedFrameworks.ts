import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { requiredEvidenceTypesSchema } from './requirements';

const frameworkFileSchema = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  name: z.string().min(1).max(255),
  version: z.string().min(1).max(64),
  description: z.string().optional(),
  controls: z
    .array(
      z.object({
        controlId: z.string().min(1).max(64),
        title: z.string().min(1).max(512),
        description: z.string().optional(),
        requiredEvidenceTypes: requiredEvidenceTypesSchema,
      }),
    )
    .min(1),
});

export type FrameworkFile = z.output<typeof frameworkFileSchema>;

/** The directory of the frameworks the package ships (`frameworks/*.yaml`, in `files`). */
export const shippedFrameworksDir = () =>
  resolvePackagePath('@fawkes/plugin-factstore-backend', 'frameworks');

/**
 * Reads every `*.yaml` framework of a directory. A malformed file stops the start with its name
 * and the field: a framework that silently lost a control would assess wrongly.
 */
export function readFrameworkFiles(dir: string): FrameworkFile[] {
  return readdirSync(dir)
    .filter(f => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map(file => {
      const result = frameworkFileSchema.safeParse(
        parse(readFileSync(join(dir, file), 'utf8')),
      );
      if (!result.success)
        throw new Error(
          `Framework file ${file}: ${result.error.issues
            .map(i => `${i.path.join('.')}: ${i.message}`)
            .join('; ')}`,
        );
      return result.data;
    });
}
