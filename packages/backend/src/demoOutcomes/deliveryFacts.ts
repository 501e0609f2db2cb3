import type { FactPush } from '@lodestar/backstage-plugin-alignment-common';
import { observedAtOf } from './calendar';
import {
  componentsWithoutFacts,
  DeliveryComponent,
} from './deliveryComponents';
import { DORA_KEYS, doraValue } from './deliveryProfiles';
import { DEMO_SOURCE } from './story';

/** The delivery facts of the demo, and which components got none. */
export interface DeliveryFacts {
  /** One push per component and day, oldest day first. */
  items: FactPush[];
  /** Components that report facts. */
  reporting: string[];
  /** Components left without facts, so the portal shows "No data". */
  silent: string[];
}

/**
 * The four DORA keys for each component on each day, as a pipeline that
 * reports once a day would push them, except for the few services left
 * without facts.
 */
export function deliveryFacts(
  components: readonly DeliveryComponent[],
  days: readonly string[],
): DeliveryFacts {
  const silent = componentsWithoutFacts(components);
  const reporting = components.filter(c => !silent.has(c.entityRef));
  const items = days.flatMap(day =>
    reporting.map(component => ({
      entityRef: component.entityRef,
      observedAt: observedAtOf(day),
      source: DEMO_SOURCE,
      facts: Object.fromEntries(
        DORA_KEYS.map(key => [
          key,
          doraValue(component.entityRef, component.profile, key, day),
        ]),
      ),
    })),
  );
  return {
    items,
    reporting: reporting.map(c => c.entityRef),
    silent: [...silent],
  };
}
