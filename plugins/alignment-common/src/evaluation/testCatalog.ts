import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';

/**
 * A small catalog for engine tests: one strategy revised on 2026-03-02, an
 * active and a retired objective, two teams (one empty), and a system in a
 * domain. Tests add the entities they evaluate.
 */

const lodestar = 'lodestar.dev/v1alpha1';
const backstage = 'backstage.io/v1alpha1';

export function entity(
  kind: string,
  name: string,
  spec: JsonObject = {},
  metadata: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: ['Strategy', 'Objective', 'Principle', 'Campaign'].includes(
      kind,
    )
      ? lodestar
      : backstage,
    kind,
    metadata: { name, namespace: 'default', ...metadata },
    spec,
  };
}

export const REVIEWED = { 'lodestar.dev/reviewed-at': '2026-04-01' };

export function principle(
  name: string,
  rule: string,
  extra: Record<string, unknown> = {},
): Entity {
  return entity(
    'Principle',
    name,
    {
      owner: 'architecture',
      severity: 'high',
      rule,
      rationale: `Why ${name} matters.`,
      remediation: { text: `Fix ${name}.`, yaml: 'spec:\n  fixed: true\n' },
      ...extra,
    },
    { title: `Principle ${name}` },
  );
}

export const baseCatalog: Entity[] = [
  entity('Strategy', 'company', {
    owner: 'leadership',
    thesis: 'Win the US mid-market',
    revisions: [
      {
        date: '2024-01-15',
        trigger: 'platform-thesis-change',
        summary: 'Network effects',
      },
      {
        date: '2026-03-02',
        trigger: 'funding-round',
        summary: 'US mid-market expansion',
      },
    ],
  }),
  entity('Objective', 'win-us', {
    owner: 'leadership',
    strategy: 'company',
    status: 'active',
  }),
  entity('Objective', 'grow-network', {
    owner: 'leadership',
    strategy: 'company',
    status: 'retired',
    successor: 'win-us',
  }),
  entity('Objective', 'ai-sourcing', {
    owner: 'leadership',
    strategy: 'company',
    status: 'proposed',
  }),
  entity('Group', 'payments', { type: 'team', children: [] }),
  entity('Group', 'empty-team', { type: 'team', children: [] }),
  entity('Group', 'architecture', { type: 'team', children: [] }),
  entity('User', 'ada', { memberOf: ['payments', 'architecture'] }),
  entity('User', 'grace', { memberOf: ['group:default/payments'] }),
  entity(
    'Domain',
    'procurement',
    { owner: 'payments' },
    {
      annotations: { 'lodestar.dev/objectives': 'win-us' },
    },
  ),
  entity('System', 'procure-to-pay', {
    owner: 'payments',
    domain: 'procurement',
  }),
];
