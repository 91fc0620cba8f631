import {
  commitBounds,
  keysWithoutPrevious,
  lastDeployments,
} from './commitBounds';

const at = (day: number) => new Date(Date.UTC(2025, 0, day));
const yearBack = at(1);
const to = at(200);

describe('commitBounds', () => {
  const aliases = new Map([
    ['acme/payments-api', 'payments'],
    ['payments-prod', 'payments'],
  ]);
  const projectOf = (key: string) => aliases.get(key) ?? key;
  const previous = new Map([
    ['orders', at(90)],
    ['payments-prod', at(95)],
  ]);

  it('reads a project from its last deployment, a year back when it first deployed in the range, else nothing', () => {
    expect(
      commitBounds({
        keys: ['orders', 'search', 'docs'],
        projectOf,
        last: lastDeployments(previous, projectOf),
        deployedInRange: new Set(['search']),
        yearBack,
        to,
      }),
    ).toEqual([
      { project: 'orders', from: at(90) },
      { project: 'search', from: yearBack },
      { project: 'docs', from: to },
    ]);
  });

  it('gives the keys of one component that component’s bound', () => {
    const keys = ['acme/payments-api', 'payments-prod'];
    expect(
      keysWithoutPrevious(
        keys,
        projectOf,
        lastDeployments(previous, projectOf),
      ),
    ).toEqual([]);
    expect(
      commitBounds({
        keys,
        projectOf,
        last: lastDeployments(
          new Map([...previous, ['acme/payments-api', at(20)]]),
          projectOf,
        ),
        deployedInRange: new Set(),
        yearBack,
        to,
      }),
    ).toEqual([
      { project: 'acme/payments-api', from: at(95) },
      { project: 'payments-prod', from: at(95) },
    ]);
  });

  it('names the keys whose project has no deployment before the range', () => {
    expect(
      keysWithoutPrevious(
        ['orders', 'search', 'acme/payments-api'],
        projectOf,
        lastDeployments(previous, projectOf),
      ),
    ).toEqual(['search']);
  });
});
