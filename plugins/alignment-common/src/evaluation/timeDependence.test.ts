import type { Entity } from '@backstage/catalog-model';
import type { EntityFacts } from '../facts/types';
import { AlignmentEngine } from './AlignmentEngine';
import { CatalogSnapshot } from './CatalogSnapshot';
import { baseCatalog, entity, principle, REVIEWED } from './testCatalog';
import type { EvaluationInputs } from './timeDependence';

const morning = new Date('2026-06-01T08:00:00Z');
const evening = new Date('2026-06-01T20:00:00Z');
const HOUR_MS = 60 * 60 * 1000;

const service = entity(
  'Component',
  'billing',
  {
    type: 'service',
    lifecycle: 'production',
    owner: 'payments',
    system: 'procure-to-pay',
  },
  { annotations: { ...REVIEWED, 'lodestar.dev/objectives': 'win-us' } },
);

const deploysWeekly = principle(
  'deploys-weekly',
  'facts.deploymentFrequencyPerWeek >= 1.0',
);
const hasOwner = principle('has-owner', 'has(entity.spec.owner)');
const afterNoon = principle(
  'after-noon',
  "now > timestamp('2026-06-01T12:00:00Z')",
);

function engineWith(principles: Entity[]) {
  return AlignmentEngine.create({
    snapshot: CatalogSnapshot.of([...baseCatalog, ...principles, service]),
  });
}

function deploymentFrequency(observedAt: Date): EntityFacts {
  return new Map([
    [
      'deploymentFrequencyPerWeek',
      { value: 3, observedAt: observedAt.toISOString() },
    ],
  ]);
}

function resultAt(
  engine: AlignmentEngine,
  inputs: EvaluationInputs,
  now: Date,
) {
  return JSON.stringify(
    engine.evaluate(service, {
      ...inputs,
      waivers: inputs.waivers ? [...inputs.waivers] : undefined,
      now,
    }),
  );
}

describe('whether a result holds later the same day', () => {
  it('holds, and is the same, when nothing the checks read moves with the time', () => {
    const engine = engineWith([deploysWeekly, hasOwner]);
    const inputs = { facts: deploymentFrequency(morning) };

    expect(engine.holdsLaterTheSameDay(inputs, evening)).toBe(true);
    expect(resultAt(engine, inputs, evening)).toBe(
      resultAt(engine, inputs, morning),
    );
  });

  it('does not hold once a fact fresh in the morning is stale', () => {
    const engine = engineWith([deploysWeekly]);
    // Observed 14 days and 6 hours before the evening: stale by then (the
    // maximum age is 14 days), fresh in the morning.
    const inputs = {
      facts: deploymentFrequency(
        new Date(evening.getTime() - (14 * 24 + 6) * HOUR_MS),
      ),
    };

    expect(engine.holdsLaterTheSameDay(inputs, morning)).toBe(true);
    expect(engine.holdsLaterTheSameDay(inputs, evening)).toBe(false);
    expect(resultAt(engine, inputs, evening)).not.toBe(
      resultAt(engine, inputs, morning),
    );
  });

  it('does not hold for a stale fact, whose message says how old it is', () => {
    const engine = engineWith([deploysWeekly]);
    const inputs = {
      facts: deploymentFrequency(new Date(morning.getTime() - 30 * HOUR_MS)),
    };
    // Stale by 23 hours in the morning, by 35 in the evening.
    const staleAllDay = {
      facts: deploymentFrequency(
        new Date(morning.getTime() - 15 * 24 * HOUR_MS + HOUR_MS),
      ),
    };

    expect(engine.holdsLaterTheSameDay(inputs, evening)).toBe(true);
    expect(engine.holdsLaterTheSameDay(staleAllDay, morning)).toBe(false);
    expect(resultAt(engine, staleAllDay, evening)).not.toBe(
      resultAt(engine, staleAllDay, morning),
    );
  });

  it('does not hold once a waiver has expired', () => {
    const engine = engineWith([hasOwner]);
    const inputs = {
      waivers: [
        {
          entityRef: 'component:default/billing',
          checkId: 'ownership.on-call',
          expiresAt: '2026-06-01T12:00:00Z',
        },
      ],
    };

    expect(engine.holdsLaterTheSameDay(inputs, morning)).toBe(true);
    expect(engine.holdsLaterTheSameDay(inputs, evening)).toBe(false);
    expect(resultAt(engine, inputs, evening)).not.toBe(
      resultAt(engine, inputs, morning),
    );
  });

  it('never holds when a principle reads `now`', () => {
    const engine = engineWith([hasOwner, afterNoon]);

    expect(engine.holdsLaterTheSameDay({}, evening)).toBe(false);
    expect(resultAt(engine, {}, evening)).not.toBe(
      resultAt(engine, {}, morning),
    );
    expect(engineWith([hasOwner]).holdsLaterTheSameDay({}, evening)).toBe(true);
  });
});
