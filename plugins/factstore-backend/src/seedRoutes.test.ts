import { describeWithFixtures, sharedFixturesDir } from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spec } from './schema/openapi.generated';

describeWithFixtures()('seed 002 (OpenFactstore API)', () => {
  // The identity routes Backstage replaces are in the spec too: they answer 501 saying why.
  it('serves every route of the seed verbatim', () => {
    const seed = readFileSync(
      join(dirname(sharedFixturesDir()!), 'seeds', '002-openfactstore-api.md'),
      'utf8',
    );
    const routes = [
      ...seed.matchAll(/^(GET|POST|PUT|DELETE|PATCH) (\/\S+)/gm),
    ].map(([, method, path]) => ({ method, path }));
    expect(routes.length).toBeGreaterThan(150);
    // Parameter names may differ ({id} here, {flowId} there); their positions may not.
    const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
    const served = new Set(
      Object.entries(spec.paths).flatMap(([path, operations]) =>
        Object.keys(operations as object).map(
          method => `${method.toUpperCase()} ${shape(path)}`,
        ),
      ),
    );
    const missing = routes
      .map(r => `${r.method} ${r.path}`)
      .filter(route => !served.has(shape(route)));
    expect(missing).toEqual([]);
  });
});
