import type { Entity } from '@backstage/catalog-model';
import type { EntityFacts } from '../facts/types';
import { AlignmentEngine } from './AlignmentEngine';
import { CatalogSnapshot } from './CatalogSnapshot';
import { resolveAlignmentConfig } from './config';
import { baseCatalog, entity, principle, REVIEWED } from './testCatalog';

const now = new Date('2026-06-01T00:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) =>
  new Date(now.getTime() - days * DAY_MS).toISOString();

const service = entity(
  'Component',
  'billing',
  {
    type: 'service',
    lifecycle: 'production',
    owner: 'payments',
    system: 'procure-to-pay',
  },
  {
    annotations: {
      ...REVIEWED,
      'lodestar.dev/objectives': 'win-us',
      'pagerduty.com/service-id': 'P1',
    },
  },
);

const deploysWeekly = principle(
  'deploys-weekly',
  'facts.deploymentFrequencyPerWeek >= 1.0',
  { severity: 'critical' },
);

function evaluate(
  facts: EntityFacts | undefined,
  principles: Entity[] = [deploysWeekly],
  config = resolveAlignmentConfig(),
) {
  const snapshot = CatalogSnapshot.of([...baseCatalog, ...principles, service]);
  const result = AlignmentEngine.create({ snapshot, config }).evaluate(
    service,
    { now, facts },
  );
  const checks = result.pillars.flatMap(p => p.checks);
  return {
    result,
    check: (name: string) =>
      checks.find(c => c.id === `principle:default/${name}`)!,
  };
}

const facts = (entries: Record<string, [number | string | boolean, number]>) =>
  new Map(
    Object.entries(entries).map(([key, [value, age]]) => [
      key,
      { value, observedAt: daysAgo(age) },
    ]),
  );

describe('rules reading facts', () => {
  it('passes or fails on a fresh fact', () => {
    expect(
      evaluate(facts({ deploymentFrequencyPerWeek: [3, 1] })).check(
        'deploys-weekly',
      ).status,
    ).toBe('pass');
    const { check, result } = evaluate(
      facts({ deploymentFrequencyPerWeek: [0.5, 1] }),
    );
    expect(check('deploys-weekly').status).toBe('fail');
    expect(result.level).toBe('at-risk');
  });

  it('is no-data, naming the key, when the fact never arrived', () => {
    const { check, result } = evaluate(undefined);
    expect(check('deploys-weekly')).toMatchObject({
      status: 'no-data',
      message: expect.stringContaining(
        'no value of `deploymentFrequencyPerWeek` has arrived',
      ),
    });
    // No data counts for neither side: the score is that of the other
    // checks, and a critical check without data does not cap the level.
    expect(result.score).toBe(100);
    expect(result.level).toBe('aligned');
    expect(result.signals).toEqual([]);
  });

  it('is no-data when the fact is older than its maximum age', () => {
    const { check } = evaluate(facts({ deploymentFrequencyPerWeek: [9, 20] }));
    expect(check('deploys-weekly')).toMatchObject({
      status: 'no-data',
      message: expect.stringContaining(
        '`deploymentFrequencyPerWeek` is stale: its last value is 20 days old, over the maximum of 14 days',
      ),
    });
  });

  it('takes the maximum age from the config', () => {
    const config = resolveAlignmentConfig({
      facts: [
        {
          key: 'deploymentFrequencyPerWeek',
          type: 'number',
          maxAgeMs: 30 * DAY_MS,
        },
      ],
    });
    expect(
      evaluate(
        facts({ deploymentFrequencyPerWeek: [9, 20] }),
        [deploysWeekly],
        config,
      ).check('deploys-weekly').status,
    ).toBe('pass');
  });

  it('lets a rule handle absence itself with has()', () => {
    const optional = principle(
      'weekly-when-known',
      '!has(facts.deploymentFrequencyPerWeek) || facts.deploymentFrequencyPerWeek >= 1.0',
    );
    expect(
      evaluate(undefined, [optional]).check('weekly-when-known').status,
    ).toBe('pass');
    expect(
      evaluate(facts({ deploymentFrequencyPerWeek: [0.2, 1] }), [
        optional,
      ]).check('weekly-when-known').status,
    ).toBe('fail');
    const guarded = principle(
      'known-fact',
      "has(facts.deploymentFrequencyPerWeek) || entity.spec.lifecycle == 'production'",
    );
    expect(evaluate(undefined, [guarded]).check('known-fact').status).toBe(
      'pass',
    );
  });

  it('ignores values of undeclared keys and hides stale ones from has()', () => {
    const reads = principle('has-cost', 'has(facts.monthlyCost)');
    expect(
      evaluate(facts({ monthlyCost: [120, 1] }), [reads]).check('has-cost')
        .status,
    ).toBe('fail');
    const stale = principle(
      'has-deploys',
      'has(facts.deploymentFrequencyPerWeek)',
    );
    expect(
      evaluate(facts({ deploymentFrequencyPerWeek: [3, 30] }), [stale]).check(
        'has-deploys',
      ).status,
    ).toBe('fail');
  });

  it('decides without the fact when the rule does not need it', () => {
    const onlyForUs = principle(
      'us-deploys-weekly',
      "!objectives.exists(o, o.metadata.name == 'win-eu') || facts.deploymentFrequencyPerWeek >= 1",
    );
    // billing serves win-us, not win-eu: the fact is never needed.
    expect(
      evaluate(undefined, [onlyForUs]).check('us-deploys-weekly').status,
    ).toBe('pass');
    const forUs = principle(
      'all-us-deploy-weekly',
      "!objectives.exists(o, o.metadata.name == 'win-us') || facts.deploymentFrequencyPerWeek >= 1",
    );
    expect(
      evaluate(undefined, [forUs]).check('all-us-deploy-weekly').status,
    ).toBe('no-data');
  });

  it('names every missing key of a rule reading several', () => {
    const both = principle(
      'fast-and-safe',
      'facts.leadTimeForChangesHours < 24.0 && facts["changeFailureRate"] < 10.0',
    );
    const { check } = evaluate(facts({ leadTimeForChangesHours: [5, 1] }), [
      both,
    ]);
    expect(check('fast-and-safe')).toMatchObject({
      status: 'no-data',
      message: expect.stringContaining('no value of `changeFailureRate`'),
    });
    expect(check('fast-and-safe').message).not.toContain(
      'leadTimeForChangesHours',
    );
  });
});
