import type { Entity } from '@backstage/catalog-model';
import {
  measuresProgress,
  outcomeOf,
} from '@lodestar/backstage-plugin-alignment-common';
import {
  demoCatalogEntities,
  entitiesOf,
} from './__testUtils__/exampleEntities';
import { demoOutcomeData } from './demoOutcomeData';
import { batchesOf, MAX_BATCH_ITEMS } from './pushBatches';
import { DEMO_SOURCE } from './story';

const entities = demoCatalogEntities();
const TODAY = new Date('2026-11-28T15:30:00Z');
const data = demoOutcomeData(entities, TODAY);

const ref = (name: string) => `component:default/${name}`;
const ERP_CONNECTORS = [
  'integration-hub',
  'netsuite-connector',
  'sage-intacct-connector',
  'legacy-edi-gateway',
].map(ref);
const MARKETPLACE = [
  'supplier-directory-service',
  'marketplace-matching-service',
  'supplier-portal',
  'network-invites-service',
  'supplier-reputation-ml',
  'supplier-listing-billing',
  'supplier-forum',
].map(ref);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Every value of one fact key of the components, over all days. */
function valuesOf(refs: string[], key: string, from = data): number[] {
  return from.facts
    .filter(item => refs.includes(item.entityRef))
    .map(item => item.facts[key] as number);
}

function objective(name: string): Entity {
  return entitiesOf('strategy.yaml').find(e => e.metadata.name === name)!;
}

function measureValues(from: typeof data, objectiveName: string) {
  return from.measures.filter(
    m => m.objectiveRef === `objective:default/${objectiveName}`,
  ) as Array<{
    measureId: string;
    value: number;
    observedAt: string;
    source: string;
  }>;
}

describe('demoOutcomeData', () => {
  it('is the same on every start of the same day, and each day keeps its values on later days', () => {
    expect(demoOutcomeData(entities, new Date('2026-11-28T00:01:00Z'))).toEqual(
      data,
    );
    const tomorrow = demoOutcomeData(
      entities,
      new Date('2026-11-29T08:00:00Z'),
    );
    const key = (i: { entityRef: string; observedAt?: string }) =>
      `${i.entityRef}@${i.observedAt}`;
    const today = new Map(data.facts.map(i => [key(i), i.facts]));
    const overlap = tomorrow.facts.filter(i => today.has(key(i)));
    expect(overlap).toHaveLength(data.facts.length - data.reporting.length);
    for (const item of overlap)
      expect(item.facts).toEqual(today.get(key(item)));
  });

  it('covers the 90 days ending today, one push per reporting component a day, labelled as demo data', () => {
    expect(data.days).toHaveLength(90);
    expect(data.days[0]).toBe('2026-08-31');
    expect(data.days[89]).toBe('2026-11-28');
    expect(data.facts).toHaveLength(90 * data.reporting.length);
    for (const component of data.reporting) {
      const days = data.facts
        .filter(i => i.entityRef === component)
        .map(i => i.observedAt!.slice(0, 10));
      expect(days).toEqual(data.days);
    }
    for (const item of [...data.facts, ...data.measures]) {
      expect(item.source).toBe(DEMO_SOURCE);
      expect(Date.parse(item.observedAt!)).toBeLessThanOrEqual(TODAY.getTime());
    }
    for (const item of data.facts) {
      expect(Object.keys(item.facts).sort()).toEqual([
        'changeFailureRate',
        'deploymentFrequencyPerWeek',
        'leadTimeForChangesHours',
        'timeToRestoreHours',
      ]);
    }
  });

  it("reports on Meridian's services and websites, leaving two production services without facts", () => {
    const expected = entitiesOf('components.yaml')
      .filter(e => ['service', 'website'].includes(e.spec?.type as string))
      .map(e => ref(e.metadata.name))
      .sort();
    expect([...data.reporting, ...data.silent].sort()).toEqual(expected);
    expect(data.silent).toHaveLength(2);
    const components = entitiesOf('components.yaml');
    for (const silent of data.silent) {
      const entity = components.find(e => ref(e.metadata.name) === silent)!;
      expect(entity.spec).toMatchObject({
        type: 'service',
        lifecycle: 'production',
      });
      expect([...ERP_CONNECTORS, ...MARKETPLACE]).not.toContain(silent);
      expect(data.facts.some(i => i.entityRef === silent)).toBe(false);
    }
  });

  it('has the ERP connectors deploy about weekly, with more failed changes than the rest', () => {
    expect(ERP_CONNECTORS.every(c => data.reporting.includes(c))).toBe(true);
    const frequency = valuesOf(ERP_CONNECTORS, 'deploymentFrequencyPerWeek');
    expect(median(frequency)).toBeGreaterThanOrEqual(1);
    expect(median(frequency)).toBeLessThanOrEqual(2);
    for (const day of data.days) {
      const ofDay = data.facts
        .filter(
          i =>
            ERP_CONNECTORS.includes(i.entityRef) &&
            i.observedAt!.startsWith(day),
        )
        .map(i => i.facts.deploymentFrequencyPerWeek as number);
      expect(median(ofDay)).toBeGreaterThanOrEqual(1);
      expect(median(ofDay)).toBeLessThanOrEqual(2);
    }
    const steady = data.reporting.filter(
      c => !ERP_CONNECTORS.includes(c) && !MARKETPLACE.includes(c),
    );
    expect(
      median(valuesOf(ERP_CONNECTORS, 'changeFailureRate')),
    ).toBeGreaterThan(median(valuesOf(steady, 'changeFailureRate')));
  });

  it('has the retired marketplace work still deploy daily, with elite figures', () => {
    expect(MARKETPLACE.every(c => data.reporting.includes(c))).toBe(true);
    const frequency = valuesOf(MARKETPLACE, 'deploymentFrequencyPerWeek');
    expect(Math.min(...frequency)).toBeGreaterThanOrEqual(7);
    expect(Math.max(...frequency)).toBeLessThanOrEqual(12);
    expect(
      Math.max(...valuesOf(MARKETPLACE, 'changeFailureRate')),
    ).toBeLessThanOrEqual(5);
  });

  it('has most services deploy a few times a week, with plausible figures', () => {
    const steady = data.reporting.filter(
      c => !ERP_CONNECTORS.includes(c) && !MARKETPLACE.includes(c),
    );
    expect(steady.length).toBeGreaterThan(data.reporting.length / 2);
    const frequency = median(valuesOf(steady, 'deploymentFrequencyPerWeek'));
    expect(frequency).toBeGreaterThan(2);
    expect(frequency).toBeLessThan(7);
    for (const [key, low, high] of [
      ['leadTimeForChangesHours', 0, 24 * 7],
      ['changeFailureRate', 0, 100],
      ['timeToRestoreHours', 0, 48],
    ] as const) {
      for (const value of valuesOf(data.reporting, key)) {
        expect(value).toBeGreaterThan(low);
        expect(value).toBeLessThanOrEqual(high);
      }
    }
  });

  it('varies from day to day, gently', () => {
    for (const component of data.reporting) {
      const series = valuesOf([component], 'deploymentFrequencyPerWeek');
      expect(new Set(series).size).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < series.length; i++) {
        expect(
          Math.abs(series[i] - series[i - 1]) / series[i - 1],
        ).toBeLessThan(0.25);
      }
    }
  });

  it('fits the push routes: batches of at most 1000 items under 2 MB', () => {
    for (const items of [data.facts, data.measures]) {
      const batches = batchesOf<unknown>(items, MAX_BATCH_ITEMS);
      expect(batches.flat()).toEqual(items);
      for (const batch of batches) {
        expect(batch.length).toBeLessThanOrEqual(1000);
        expect(
          Buffer.byteLength(JSON.stringify({ items: batch })),
        ).toBeLessThan(2 * 1024 * 1024);
      }
    }
    expect(data.facts.length).toBeGreaterThan(1000);
  });

  it("pushes values only to the active objectives' measures that take them", () => {
    expect(data.measured).toEqual([
      'objective:default/connect-us-erps/live-erp-sync-share',
      'objective:default/connect-us-erps/native-erp-connectors',
      'objective:default/enterprise-readiness/deals-blocked-by-security',
      'objective:default/enterprise-readiness/us-data-residency',
      'objective:default/reliable-at-scale/app-availability',
      'objective:default/reliable-at-scale/sev1-time-to-restore',
      'objective:default/self-serve-adoption/self-serve-trial-share',
      'objective:default/self-serve-adoption/signup-to-first-po',
      'objective:default/win-us-midmarket/midmarket-arr',
      'objective:default/win-us-midmarket/midmarket-new-logos',
      'objective:default/win-us-midmarket/midmarket-sales-cycle',
    ]);
    expect(
      new Set(data.measures.map(m => `${m.objectiveRef}/${m.measureId}`)),
    ).toEqual(new Set(data.measured));
  });

  it('reports monthly and quarterly measures once a period, and every measure today', () => {
    const daysOf = (measureId: string) =>
      data.measures
        .filter(m => m.measureId === measureId)
        .map(m => m.observedAt!.slice(0, 10));
    expect(daysOf('midmarket-arr')).toEqual([
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-11-28',
    ]);
    expect(daysOf('deals-blocked-by-security')).toEqual([
      '2026-10-01',
      '2026-11-28',
    ]);
    expect(daysOf('midmarket-new-logos')).toEqual(data.days);
    for (const id of data.measured) {
      expect(daysOf(id.split('/').pop()!).pop()).toBe('2026-11-28');
    }
  });

  it('keeps US mid-market ARR well below the straight line from its baseline to its target', () => {
    const line = (day: string) => {
      const start = Date.parse('2026-03-01');
      const end = Date.parse('2027-07-01');
      return 4 + ((12 - 4) * (Date.parse(day) - start)) / (end - start);
    };
    const arr = measureValues(data, 'win-us-midmarket').filter(
      m => m.measureId === 'midmarket-arr',
    );
    for (const { value, observedAt } of arr) {
      expect(value).toBeGreaterThan(4);
      expect(value - 4).toBeLessThan(0.6 * (line(observedAt) - 4));
    }
    // It grows, though.
    expect(arr[arr.length - 1].value).toBeGreaterThan(arr[0].value);
  });

  it.each(['2026-09-15', '2026-11-28', '2027-02-20'])(
    'judges the objectives as the story goes on %s: the mid-market behind, self-serve on track, the rest mixed',
    day => {
      const now = new Date(`${day}T12:00:00Z`);
      const onDay = demoOutcomeData(entities, now);
      const statusOf = (name: string) => {
        const progress = measuresProgress(
          objective(name),
          measureValues(onDay, name),
          now,
        ).filter(m => m.source === 'push');
        for (const m of progress) expect(m.status).not.toBe('stale');
        return outcomeOf(progress);
      };
      expect(['off-track', 'at-risk']).toContain(statusOf('win-us-midmarket'));
      expect(statusOf('self-serve-adoption')).toBe('on-track');
      const others = [
        'enterprise-readiness',
        'reliable-at-scale',
        'connect-us-erps',
      ].map(statusOf);
      expect(new Set([...others, 'on-track']).size).toBeGreaterThan(1);
    },
  );
});
