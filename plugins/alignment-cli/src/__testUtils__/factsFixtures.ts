import type {
  FactPush,
  FactPushResponse,
} from '@lodestar/backstage-plugin-alignment-common';
import type { FakeBackend } from './fakeBackend';

/** The route `lodestar facts push` posts to. */
export const FACTS_ROUTE = '/api/alignment/facts';

/** A push of the four DORA facts for service `name`. */
export function doraPush(name: string, observedAt?: string): FactPush {
  return {
    entityRef: `component:default/${name}`,
    ...(observedAt ? { observedAt } : {}),
    source: 'github-actions',
    facts: {
      deploymentFrequencyPerWeek: 12,
      leadTimeForChangesHours: 20.5,
      changeFailureRate: 4,
      timeToRestoreHours: 1,
    },
  };
}

/** `count` pushes over `entities` services, each at its own time. */
export function manyPushes(count: number, entities: number): FactPush[] {
  return Array.from({ length: count }, (_, index) =>
    doraPush(
      `service-${index % entities}`,
      new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
    ),
  );
}

/** What the backend answers when it stored every value of `items`. */
export function acceptedAll(
  items: FactPush[],
  reevaluating: number,
): FactPushResponse {
  const accepted = items.reduce((n, i) => n + Object.keys(i.facts).length, 0);
  return { accepted, duplicates: 0, reevaluating };
}

/** The `items` of every request the backend received, one array per request. */
export function receivedItems(backend: FakeBackend): FactPush[][] {
  return backend.requests.map(r => JSON.parse(r.body).items);
}
