import { z } from 'zod';
import {
  MAX_RELEASE_NAME_LENGTH,
  RELEASE_NAME,
  RELEASE_STATUSES,
} from './release/release';
import { STORAGE_DRIVERS } from './storage/ReleaseStorage';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const namespace = z
  .string()
  .max(63, 'at most 63 characters')
  .regex(
    DNS_LABEL,
    'must be a Kubernetes namespace name (lowercase letters, digits and -)',
  );
const context = z.string().min(1, 'must name a configured cluster').max(253);
/**
 * In a query string, `namespace=` and `context=` with no value mean the parameter is not given:
 * Porter lists every namespace for an empty namespace, and an empty context is the default cluster.
 */
const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess(v => (v === '' ? undefined : v), schema);

const storage = z
  .enum(STORAGE_DRIVERS, {
    message: `must be one of ${STORAGE_DRIVERS.join(', ')}`,
  })
  .default('secret');

// What Go's strconv.ParseBool (Porter's parser) accepts; a bare `?byDate` means true.
const TRUE_WORDS = ['1', 't', 'T', 'TRUE', 'true', 'True', ''] as const;
const FALSE_WORDS = ['0', 'f', 'F', 'FALSE', 'false', 'False'] as const;
const bool = z
  .enum([...TRUE_WORDS, ...FALSE_WORDS], { message: 'must be true or false' })
  .transform(v => (TRUE_WORDS as readonly string[]).includes(v));

/** The spec's validator may already have turned a query or path number into a number. */
const integer = (min: number, max: number) =>
  z.preprocess(
    v => (typeof v === 'number' ? String(v) : v),
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(min, `must be at least ${min}`)
          .max(max, `must be at most ${max}`),
      ),
  );

const statusFilter = z
  .union([z.string(), z.array(z.string())])
  .transform(v =>
    (Array.isArray(v) ? v : [v])
      .flatMap(s => s.split(','))
      .map(s => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.enum(RELEASE_STATUSES, {
        message: `must be one of ${RELEASE_STATUSES.join(', ')}`,
      }),
    ),
  );

export const releaseNameParams = z.object({
  name: z
    .string()
    .max(
      MAX_RELEASE_NAME_LENGTH,
      `at most ${MAX_RELEASE_NAME_LENGTH} characters`,
    )
    .regex(
      RELEASE_NAME,
      'must be a Helm release name (lowercase letters, digits, - and .)',
    ),
});

export const revisionParams = releaseNameParams.extend({
  revision: integer(0, 2 ** 31 - 1),
});

export const listQuery = z.object({
  namespace: blankAsAbsent(namespace.optional()),
  context: blankAsAbsent(context.optional()),
  storage,
  limit: integer(1, 10_000).default(256),
  skip: integer(0, 1_000_000_000).default(0),
  byDate: bool.default(false),
  statusFilter: statusFilter.optional(),
  summary: bool.default(false),
});

export const releaseQuery = z.object({
  namespace: blankAsAbsent(namespace.default('default')),
  context: blankAsAbsent(context.optional()),
  storage,
});

export const diffQuery = releaseQuery.extend({
  from: integer(1, 2 ** 31 - 1).optional(),
  to: integer(1, 2 ** 31 - 1).optional(),
});

export const namespacesQuery = z.object({
  context: blankAsAbsent(context.optional()),
});

const releaseBody = z.object({
  namespace: namespace.default('default'),
  context: context.optional(),
  storage,
});

export const rollbackBody = releaseBody.extend({
  revision: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 (the previous revision) or more')
    .max(2 ** 31 - 1)
    .default(0),
  disableHooks: z.boolean().default(false),
});

const VALUES_FLAGS = ['reuseValues', 'resetValues', 'resetThenReuseValues'];

export const upgradeBody = releaseBody
  .extend({
    // Left out, empty: as `helm upgrade` without --values, which keeps the previous user values
    // unless resetValues (see the README's table of how values combine).
    values: z
      .string({ message: 'must be the values as YAML text' })
      .max(1_000_000, 'at most 1 MB')
      .default(''),
    reuseValues: z.boolean().default(false),
    resetValues: z.boolean().default(false),
    resetThenReuseValues: z.boolean().default(false),
    chart: z
      .object({
        repository: z
          .string({ message: 'must name a configured chart repository' })
          .min(1, 'must name a configured chart repository')
          .max(253),
        name: z
          .string()
          .max(250)
          .regex(
            /^[a-z0-9]([-a-z0-9_.]*[a-z0-9])?$/i,
            'must be a chart name (letters, digits, -, _ and .)',
          )
          .optional(),
        version: z
          .string({ message: 'must be the chart version, e.g. 1.2.3' })
          .min(1, 'must be the chart version, e.g. 1.2.3')
          .max(128)
          .regex(
            /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/,
            'must be a chart version such as 1.2.3',
          ),
      })
      .optional(),
    dryRun: z.boolean().default(false),
  })
  .refine(
    body =>
      VALUES_FLAGS.filter(flag => body[flag as keyof typeof body]).length <= 1,
    {
      message: `give at most one of ${VALUES_FLAGS.join(', ')}`,
      path: ['resetValues'],
    },
  )
  .transform(({ reuseValues, resetValues, resetThenReuseValues, ...rest }) => {
    const modes = [
      [reuseValues, 'reuse'],
      [resetValues, 'reset'],
      [resetThenReuseValues, 'resetThenReuse'],
    ] as const;
    return { ...rest, valuesMode: modes.find(([set]) => set)?.[1] };
  });

export const recoverBody = releaseBody;
