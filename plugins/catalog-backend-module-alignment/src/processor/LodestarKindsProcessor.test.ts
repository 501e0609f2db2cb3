import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { LodestarKindsProcessor } from './LodestarKindsProcessor';

const apiVersion = 'lodestar.dev/v1alpha1';

const strategy: Entity = {
  apiVersion,
  kind: 'Strategy',
  metadata: { name: 'company-strategy' },
  spec: { owner: 'leadership', thesis: 'Win the US mid-market' },
};

const objective: Entity = {
  apiVersion,
  kind: 'Objective',
  metadata: { name: 'win-us-midmarket' },
  spec: { owner: 'leadership', strategy: 'company-strategy', status: 'active' },
};

const principle: Entity = {
  apiVersion,
  kind: 'Principle',
  metadata: { name: 'services-expose-apis' },
  spec: {
    owner: 'architecture',
    severity: 'high',
    rule: 'has(entity.spec.providesApis)',
  },
};

const campaign: Entity = {
  apiVersion,
  kind: 'Campaign',
  metadata: {
    name: 'realign-march-2026',
    title: 'Realign with the March 2026 revision',
  },
  spec: {
    owner: 'architecture',
    strategy: 'company-strategy',
    revision: '2026-03-02',
    scope: { kind: 'Component', lifecycle: 'production' },
    checks: [
      'intent.reviewed-since-revision',
      'principle:default/services-expose-apis',
    ],
    startsAt: '2026-03-02',
    deadline: '2027-01-29',
    status: 'active',
  },
};

function withSpec(entity: Entity, spec: NonNullable<Entity['spec']>): Entity {
  return { ...entity, spec: { ...entity.spec, ...spec } };
}

const arrMeasure = {
  id: 'midmarket-arr',
  title: 'US mid-market ARR',
  unit: 'USD millions',
  direction: 'increase',
  target: 12,
  by: '2027-06-30',
};

const measuredObjective = withSpec(objective, {
  measures: [
    { ...arrMeasure, baseline: { value: 4, date: '2026-03-01' } },
    {
      id: 'marketplace-systems',
      title: 'Systems in the marketplace domain',
      unit: 'systems',
      direction: 'decrease',
      target: 0,
      by: '2027-06-30',
      source: 'catalog',
      catalog: {
        aggregate: 'count',
        where: "entity.kind == 'System' && entity.spec.domain == 'marketplace'",
      },
    },
    { metric: 'SOC 2 Type II report issued', target: 'by 2026-09-30' },
  ],
});

describe('LodestarKindsProcessor', () => {
  const processor = new LodestarKindsProcessor();

  it.each([strategy, objective, measuredObjective, principle, campaign])(
    'accepts a valid $kind',
    async entity => {
      await expect(processor.validateEntityKind(entity)).resolves.toBe(true);
    },
  );

  it('leaves kinds it does not own to other processors', async () => {
    await expect(
      processor.validateEntityKind({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
        spec: {},
      }),
    ).resolves.toBe(false);
  });

  it.each([
    [
      'a Strategy without a thesis',
      { ...strategy, spec: { owner: 'leadership' } },
      'Invalid Strategy "company-strategy":\nspec.thesis: is required',
    ],
    [
      'a Strategy revision with an impossible date',
      withSpec(strategy, {
        revisions: [{ date: '2026-02-30', trigger: 'other', summary: 'x' }],
      }),
      'spec.revisions[0].date: must be an ISO date (YYYY-MM-DD), got "2026-02-30"',
    ],
    [
      'an Objective with an unknown status',
      withSpec(objective, { status: 'paused' }),
      'Invalid Objective "win-us-midmarket":\nspec.status: must be one of proposed, active, retired',
    ],
    [
      'an Objective whose owner is not a ref',
      withSpec(objective, { owner: 'group:default/' }),
      'spec.owner: must be an entity reference such as "group:default/platform", got "group:default/"',
    ],
    [
      'an Objective measure with an unknown direction',
      withSpec(objective, {
        measures: [arrMeasure, { ...arrMeasure, id: 'arr', direction: 'up' }],
      }),
      'Invalid Objective "win-us-midmarket":\nspec.measures[1].direction: must be one of increase, decrease',
    ],
    [
      'an Objective measure whose target is text',
      withSpec(objective, { measures: [{ ...arrMeasure, target: '$12M' }] }),
      'spec.measures[0].target: must be a number',
    ],
    [
      'an Objective with two measures of the same id',
      withSpec(objective, { measures: [arrMeasure, arrMeasure] }),
      'spec.measures[1].id: repeats "midmarket-arr", the id of spec.measures[0]',
    ],
    [
      'a catalog measure whose predicate does not compile',
      withSpec(objective, {
        measures: [
          {
            ...arrMeasure,
            source: 'catalog',
            catalog: { aggregate: 'count', where: 'entity.kind ==' },
          },
        ],
      }),
      'spec.measures[0].catalog.where: does not compile: Unexpected token: EOF',
    ],
    [
      'a Principle with an unknown severity',
      withSpec(principle, { severity: 'urgent' }),
      'Invalid Principle "services-expose-apis":\nspec.severity: must be one of critical, high, medium, low',
    ],
    [
      'a Principle with a misspelt selector field',
      withSpec(principle, { appliesTo: { lifecyle: 'production' } }),
      'spec.appliesTo.lifecyle: is not a known field',
    ],
    [
      'a Principle without a rule',
      { ...principle, spec: { owner: 'architecture', severity: 'high' } },
      'spec.rule: is required',
    ],
    [
      'a Campaign with an unknown check',
      withSpec(campaign, { checks: ['intent.reviewed'] }),
      'Invalid Campaign "realign-march-2026":\nspec.checks[0]: must be a check id (',
    ],
    [
      'a Campaign whose deadline is before its start',
      withSpec(campaign, { deadline: '2026-01-31' }),
      'spec.deadline: must not be before spec.startsAt (2026-03-02), got "2026-01-31"',
    ],
    [
      'a Campaign with an unknown status',
      withSpec(campaign, { status: 'ongoing' }),
      'spec.status: must be one of planned, active, completed, cancelled',
    ],
    [
      'a Campaign without an owner',
      withSpec(campaign, { owner: undefined }),
      'Invalid Campaign "realign-march-2026":\nspec.owner: is required',
    ],
    [
      'a Campaign that names neither its strategy nor its revision',
      withSpec(campaign, { strategy: undefined, revision: undefined }),
      'spec: must name the strategy or the revision the campaign answers',
    ],
  ])('rejects %s, naming the field', async (_what, entity, message) => {
    await expect(processor.validateEntityKind(entity)).rejects.toThrow(message);
  });

  it('names every problem of an entity, one per line', async () => {
    const entity = withSpec(principle, { severity: 'urgent', extra: 1 });
    await expect(processor.validateEntityKind(entity)).rejects.toThrow(
      'spec.severity: must be one of critical, high, medium, low\nspec.extra: is not a known field',
    );
  });

  it('rejects a Principle whose rule does not compile, with the compiler message', async () => {
    await expect(
      processor.validateEntityKind(
        withSpec(principle, { rule: 'has(entity.spec.owner) &&' }),
      ),
    ).rejects.toThrow(
      'Principle "services-expose-apis": spec.rule does not compile: Unexpected token: EOF',
    );
  });

  it('rejects a rule that type-checks to something other than a boolean', async () => {
    await expect(
      processor.validateEntityKind(
        withSpec(principle, { rule: 'size(entity.metadata.tags)' }),
      ),
    ).rejects.toThrow(
      /spec\.rule does not compile: a rule must be a boolean expression/,
    );
  });

  it('emits the relations of an entity in both directions after validation', async () => {
    const emitted: CatalogProcessorResult[] = [];
    const result = await processor.postProcessEntity(
      objective,
      { type: 'url', target: 'https://example.com/objective.yaml' },
      r => emitted.push(r),
    );
    expect(result).toBe(objective);
    expect(emitted).toEqual(
      expect.arrayContaining([
        {
          type: 'relation',
          relation: {
            source: {
              kind: 'Objective',
              namespace: 'default',
              name: 'win-us-midmarket',
            },
            type: 'partOf',
            target: {
              kind: 'Strategy',
              namespace: 'default',
              name: 'company-strategy',
            },
          },
        },
        {
          type: 'relation',
          relation: {
            source: {
              kind: 'Strategy',
              namespace: 'default',
              name: 'company-strategy',
            },
            type: 'hasPart',
            target: {
              kind: 'Objective',
              namespace: 'default',
              name: 'win-us-midmarket',
            },
          },
        },
      ]),
    );
    expect(emitted).toHaveLength(4);
  });
});
