import type { Entity } from '@backstage/catalog-model';
import type {
  FactPush,
  MeasureObservation,
} from '@lodestar/backstage-plugin-alignment-common';
import { daysEndingOn } from './calendar';
import { deliveryComponents } from './deliveryComponents';
import { deliveryFacts } from './deliveryFacts';
import { demoMeasures, measureObservations } from './measureValues';
import { DEMO_DAYS } from './story';

/** Everything the demo pushes, and what it covers. */
export interface DemoOutcomeData {
  /** The days covered, `YYYY-MM-DD`, oldest first, ending today. */
  days: string[];
  /** DORA facts, one push per reporting component and day. */
  facts: FactPush[];
  /** Values of the active objectives' pushed measures. */
  measures: MeasureObservation[];
  /** Components that report facts. */
  reporting: string[];
  /** Components left without facts. */
  silent: string[];
  /** The measures with values, as `<objective ref>/<measure id>`. */
  measured: string[];
}

/**
 * The demo's outcome data for the catalog's entities, over the
 * {@link DEMO_DAYS} days ending on `today` (UTC). Pure: the same entities
 * and day always give the same data.
 */
export function demoOutcomeData(
  entities: readonly Entity[],
  today: Date,
): DemoOutcomeData {
  const days = daysEndingOn(today, DEMO_DAYS);
  const delivery = deliveryFacts(deliveryComponents(entities), days);
  const measures = demoMeasures(entities);
  return {
    days,
    facts: delivery.items,
    measures: measureObservations(measures, days),
    reporting: delivery.reporting,
    silent: delivery.silent,
    measured: measures.map(m => `${m.objectiveRef}/${m.measure.id}`),
  };
}
