import type { Entity } from '@backstage/catalog-model';
import { resolveAlignmentConfig } from '@lodestar/backstage-plugin-alignment-common';
import {
  digestSharedInputs,
  entityInputsKey,
  SharedRunInputs,
} from './inputsKeys';

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

function run(overrides: Partial<SharedRunInputs> = {}): SharedRunInputs {
  return {
    context: [group('payments'), group('search')],
    complete: true,
    config: resolveAlignmentConfig(),
    objectiveOutcomes: new Map([
      [
        'objective:default/win-us',
        { measured: true, status: 'on-track', measures: [] },
      ],
    ]),
    waivers: new Map(),
    evaluatedAt: new Date('2026-11-29T06:00:00Z'),
    withScoreParts: false,
    ...overrides,
  };
}

describe('digestSharedInputs', () => {
  it('is the same for the same inputs later the same UTC day, in any order', async () => {
    const later = run({
      context: [group('search'), group('payments')],
      evaluatedAt: new Date('2026-11-29T23:59:59Z'),
    });
    expect(await digestSharedInputs(later)).toBe(
      await digestSharedInputs(run()),
    );
  });

  it('changes with each shared input', async () => {
    const key = await digestSharedInputs(run());
    const changed: Array<Partial<SharedRunInputs>> = [
      { evaluatedAt: new Date('2026-11-30T00:00:00Z') },
      { context: [group('payments')] },
      { context: [group('payments'), { ...group('search'), spec: {} }] },
      { complete: false },
      { withScoreParts: true },
      { config: resolveAlignmentConfig({ evaluatedKinds: ['Component'] }) },
      {
        objectiveOutcomes: new Map([
          [
            'objective:default/win-us',
            { measured: true, status: 'off-track', measures: [] },
          ],
        ]),
      },
      {
        waivers: new Map([
          [
            'component:default/billing',
            [
              {
                id: 'w1',
                entityRef: 'component:default/billing',
                checkId: 'ownership.on-call',
                reason: 'moving teams',
                createdBy: 'user:default/ana',
                createdAt: '2026-11-01T00:00:00Z',
                expiresAt: '2026-12-31T00:00:00Z',
              },
            ],
          ],
        ]),
      },
    ];
    for (const overrides of changed) {
      expect(await digestSharedInputs(run(overrides))).not.toBe(key);
    }
  });
});

describe('entityInputsKey', () => {
  const billing: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'billing', namespace: 'default' },
    spec: { owner: 'payments' },
  };
  const fact = (value: number) => ({
    value,
    observedAt: '2026-11-28T00:00:00Z',
  });

  it('changes with the entity and with its facts, not with their order', () => {
    const facts = new Map([
      ['deploymentFrequencyPerWeek', fact(3)],
      ['changeFailureRate', fact(0.1)],
    ]);
    const key = entityInputsKey(billing, facts);

    expect(entityInputsKey(billing, new Map([...facts].reverse()))).toBe(key);
    expect(entityInputsKey(billing)).not.toBe(key);
    expect(
      entityInputsKey(
        billing,
        new Map([...facts, ['changeFailureRate', fact(0.2)]]),
      ),
    ).not.toBe(key);
    expect(
      entityInputsKey({ ...billing, spec: { owner: 'search' } }, facts),
    ).not.toBe(key);
  });
});
