/**
 * Names of one environment as the sources spell them: seed 001 filters by `dev`, `staging`, `prod`;
 * DevLake sends DEVELOPMENT, STAGING, TESTING, PRODUCTION; Argo CD and Jenkins whatever they are told.
 */
const SYNONYMS = [
  ['dev', 'development'],
  ['test', 'testing'],
];

/**
 * The lower-case environment names a history filter matches: `prod` or `production` means every
 * production environment the metrics count (so the seed's `prod` finds DevLake's PRODUCTION), a
 * short or long name its other form, anything else itself.
 */
export function environmentNames(
  filter: string,
  productionEnvironments: string[],
): string[] {
  const name = filter.toLowerCase();
  const production = [
    'prod',
    'production',
    ...productionEnvironments.map(e => e.toLowerCase()),
  ];
  const group = production.includes(name)
    ? production
    : (SYNONYMS.find(names => names.includes(name)) ?? [name]);
  return [...new Set(group)];
}
