import type { Entity } from '@backstage/catalog-model';
import { BENCH_PRINCIPLES } from './principles';

const BUILT_IN_CHECKS = [
  'intent.reviewed-since-revision',
  'intent.active-objectives',
  'ownership.has-members',
  'ownership.on-call',
];

// Scopes from the whole estate down to one kind, so campaigns cover very
// different numbers of entities, as real ones do.
const SCOPES = [
  {},
  { kind: 'Component' },
  { kind: 'Component', lifecycle: 'production' },
  { kind: 'API' },
  { type: 'service' },
];

/**
 * `count` active campaigns answering the synthetic strategy's 2026-03-02
 * revision (`campaign-0`, `campaign-1`, …), each asking for one built-in
 * check and two of the benchmark's principles over one of five scopes.
 */
export function syntheticCampaigns(count: number): Entity[] {
  const principle = (i: number) =>
    `principle:default/${BENCH_PRINCIPLES[i % BENCH_PRINCIPLES.length].name}`;
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'lodestar.dev/v1alpha1',
    kind: 'Campaign',
    metadata: {
      name: `campaign-${i}`,
      namespace: 'default',
      title: `Synthetic campaign ${i}`,
    },
    spec: {
      owner: 'group:default/acme',
      strategy: 'strategy:default/acme-strategy',
      revision: '2026-03-02',
      scope: SCOPES[i % SCOPES.length],
      checks: [
        BUILT_IN_CHECKS[i % BUILT_IN_CHECKS.length],
        principle(i),
        principle(i * 7 + 3),
      ],
      startsAt: '2026-03-02',
      deadline: '2027-03-01',
      status: 'active',
    },
  }));
}
