import { Entity } from '@backstage/catalog-model';
import {
  formatValidationProblems,
  validateLodestarEntity,
} from './validateKind';

const arr = {
  id: 'midmarket-arr',
  title: 'US mid-market ARR',
  unit: 'USD millions',
  direction: 'increase',
  target: 12,
  by: '2027-06-30',
};

const routingSystems = {
  id: 'routing-systems',
  title: 'Systems in the routing domain',
  unit: 'systems',
  direction: 'decrease',
  target: 2,
  by: '2027-06-30',
  source: 'catalog',
  catalog: {
    aggregate: 'count',
    where: "entity.kind == 'System' && entity.spec.domain == 'routing'",
  },
};

/** Any YAML value, as an entity's spec holds it. */
type Json = NonNullable<NonNullable<Entity['spec']>[string]>;

function objective(measures: Json[]): Entity {
  return {
    apiVersion: 'lodestar.dev/v1alpha1',
    kind: 'Objective',
    metadata: { name: 'win-us-midmarket' },
    spec: {
      owner: 'leadership',
      strategy: 'company',
      status: 'active',
      measures,
    },
  };
}

function problemsOf(...measures: Json[]): string {
  return formatValidationProblems(validateLodestarEntity(objective(measures)));
}

describe('validateLodestarEntity on Objective measures', () => {
  it('accepts typed, catalog and free-text measures side by side', () => {
    expect(
      problemsOf(
        {
          ...arr,
          baseline: { value: 4, date: '2026-03-01' },
          cadence: 'monthly',
          source: 'push',
        },
        routingSystems,
        {
          ...routingSystems,
          id: 'on-call-coverage',
          unit: '%',
          direction: 'increase',
          target: 100,
          catalog: {
            aggregate: 'share',
            of: "entity.kind == 'Component'",
            where: 'has(entity.metadata.annotations)',
          },
        },
        { metric: 'SOC 2 Type II report issued', target: 'by 2026-09-30' },
      ),
    ).toBe('');
  });

  it('judges an entry with an id against the typed form only, naming the field', () => {
    expect(problemsOf(arr, { ...arr, id: 'b', direction: 'up' })).toBe(
      'spec.measures[1].direction: must be one of increase, decrease',
    );
    expect(problemsOf({ ...arr, target: '$12M' })).toBe(
      'spec.measures[0].target: must be a number',
    );
    expect(problemsOf({ ...arr, metric: 'ARR' })).toBe(
      'spec.measures[0].metric: is not a known field (expected one of id, title, unit, direction, target, by, baseline, cadence, source, catalog)',
    );
  });

  it('names every missing field of a typed measure', () => {
    expect(problemsOf({ id: 'arr', title: 'ARR', target: 12 })).toBe(
      [
        'spec.measures[0].unit: is required',
        'spec.measures[0].direction: is required',
        'spec.measures[0].by: is required',
      ].join('\n'),
    );
  });

  it('judges an entry with a metric and no id against the free-text form', () => {
    expect(problemsOf({ metric: 'ARR', target: 12 })).toBe(
      'spec.measures[0].target: must be a string',
    );
  });

  it('judges an entry with neither id nor metric as a typed measure without an id', () => {
    const { id: _id, ...withoutId } = arr;
    expect(problemsOf(withoutId)).toBe('spec.measures[0].id: is required');
  });

  it('rejects a measure that is not a mapping', () => {
    expect(problemsOf('ARR to $12M')).toBe(
      'spec.measures[0]: must be a mapping',
    );
  });

  it('rejects numbers that are not finite', () => {
    expect(problemsOf({ ...arr, target: Infinity })).toBe(
      'spec.measures[0].target: must be a finite number, got Infinity',
    );
  });

  it('checks the baseline, cadence, source and by', () => {
    expect(
      problemsOf({
        ...arr,
        by: '2027-06-31',
        baseline: { value: '4', date: '2026-03-01', note: 'x' },
        cadence: 'yearly',
        source: 'crm',
      }),
    ).toBe(
      [
        'spec.measures[0].by: must be an ISO date (YYYY-MM-DD), got "2027-06-31"',
        'spec.measures[0].baseline.value: must be a number',
        'spec.measures[0].baseline.note: is not a known field (expected one of value, date)',
        'spec.measures[0].cadence: must be one of daily, weekly, monthly, quarterly',
        'spec.measures[0].source: must be one of push, catalog',
      ].join('\n'),
    );
  });

  it('requires a baseline dated before by', () => {
    expect(
      problemsOf({ ...arr, baseline: { value: 4, date: '2027-06-30' } }),
    ).toBe(
      'spec.measures[0].baseline.date: must be before by (2027-06-30), got "2027-06-30"',
    );
  });

  it('requires plain ids', () => {
    expect(problemsOf({ ...arr, id: 'Midmarket_ARR' })).toBe(
      'spec.measures[0].id: must be lowercase letters, digits and hyphens, starting with a letter or digit, got "Midmarket_ARR"',
    );
    expect(problemsOf({ ...arr, id: '-arr' })).toMatch(
      /^spec\.measures\[0\]\.id: must be lowercase letters/,
    );
  });

  it('names a duplicate id and where it was first used', () => {
    expect(
      problemsOf(arr, { ...arr, id: 'new-logos' }, { ...arr, title: 'Again' }),
    ).toBe(
      'spec.measures[2].id: repeats "midmarket-arr", the id of spec.measures[0]; ids must be unique within the objective',
    );
  });

  it('requires catalog exactly when source is catalog', () => {
    const { catalog: _catalog, ...withoutCatalog } = routingSystems;
    expect(problemsOf(withoutCatalog)).toBe(
      'spec.measures[0].catalog: is required when source is catalog',
    );
    expect(problemsOf({ ...routingSystems, source: 'push' })).toBe(
      'spec.measures[0].catalog: is only allowed when source is catalog',
    );
    const { source: _source, ...withoutSource } = routingSystems;
    expect(problemsOf(withoutSource)).toBe(
      'spec.measures[0].catalog: is only allowed when source is catalog',
    );
  });

  it('checks the shape of the catalog source', () => {
    expect(
      problemsOf({
        ...routingSystems,
        catalog: { aggregate: 'sum', filter: 'true' },
      }),
    ).toBe(
      [
        'spec.measures[0].catalog.where: is required',
        'spec.measures[0].catalog.aggregate: must be one of count, share',
        'spec.measures[0].catalog.filter: is not a known field (expected one of aggregate, where, of)',
      ].join('\n'),
    );
  });

  it('reports a catalog predicate that does not compile, with the compiler message', () => {
    const problems = problemsOf({
      ...routingSystems,
      catalog: { aggregate: 'count', where: "entity.kind == 'System' &&" },
    });
    expect(problems).toMatch(
      /^spec\.measures\[0\]\.catalog\.where: does not compile: \S/,
    );
    expect(problems.split('\n')).toHaveLength(1);
  });

  it('requires boolean predicates for where and of', () => {
    expect(
      problemsOf({
        ...routingSystems,
        catalog: {
          aggregate: 'share',
          where: 'true',
          of: 'size(entity.metadata.tags)',
        },
      }),
    ).toBe(
      'spec.measures[0].catalog.of: does not compile: a rule must be a boolean expression, but this one has type int',
    );
  });

  it('does not allow of on a count', () => {
    expect(
      problemsOf({
        ...routingSystems,
        catalog: { ...routingSystems.catalog, of: 'true' },
      }),
    ).toBe(
      'spec.measures[0].catalog.of: is only allowed when aggregate is share',
    );
  });
});

describe('measured directions of a Strategy trajectory', () => {
  const strategy = (trajectory: unknown[]) => ({
    apiVersion: 'lodestar.dev/v1alpha1',
    kind: 'Strategy',
    metadata: { name: 'meridian' },
    spec: { owner: 'leadership', thesis: 'Win the mid-market.', trajectory },
  });
  const measure = {
    id: 'routing-systems',
    title: 'Systems in the routing domain',
    unit: 'systems',
    direction: 'decrease',
    target: 2,
    by: '2027-06-30',
    source: 'catalog',
    catalog: { aggregate: 'count', where: "entity.kind == 'System'" },
  };
  const trajectoryProblemsOf = (trajectory: unknown[]) =>
    validateLodestarEntity(strategy(trajectory) as any).map(
      p => `${p.path}: ${p.message}`,
    );

  it('accepts sentences and directions with a catalog measure', () => {
    expect(
      trajectoryProblemsOf([
        'From spreadsheets to a suite.',
        { direction: 'Consolidate routing into one platform.', measure },
      ]),
    ).toEqual([]);
  });

  it('names the field at fault in a measured direction', () => {
    expect(
      trajectoryProblemsOf([
        {
          direction: 'Consolidate.',
          measure: { ...measure, source: 'push', catalog: undefined },
        },
      ]),
    ).toEqual([
      'spec.trajectory[0].measure.source: must be catalog: a direction is measured in the catalog',
    ]);
    expect(
      trajectoryProblemsOf([
        { direction: 'A.', measure },
        {
          direction: 'B.',
          measure: {
            ...measure,
            catalog: { aggregate: 'count', where: 'entity.(' },
          },
        },
      ]),
    ).toEqual([
      expect.stringMatching(
        /^spec\.trajectory\[1\]\.measure\.id: repeats "routing-systems", the id of spec\.trajectory\[0\]\.measure; ids must be unique within the trajectory$/,
      ),
      expect.stringMatching(
        /^spec\.trajectory\[1\]\.measure\.catalog\.where: does not compile/,
      ),
    ]);
    expect(trajectoryProblemsOf([{ measure }])).toEqual([
      'spec.trajectory[0].direction: is required',
    ]);
  });
});
