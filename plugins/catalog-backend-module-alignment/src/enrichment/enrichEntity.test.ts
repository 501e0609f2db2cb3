import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import type { EntityAlignmentSummary } from './AlignmentEnrichmentCache';
import {
  enrichEntity,
  ownershipWarning,
  withoutLodestarKeys,
} from './enrichEntity';

const summary: EntityAlignmentSummary = {
  level: 'at-risk',
  score: 87,
  owner: 'group:default/payments',
  ownershipDrift: false,
};

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'billing',
    labels: { tier: 'gold' },
    annotations: {
      'lodestar.dev/objectives': 'expand-eu',
      'backstage.io/techdocs-ref': 'dir:.',
    },
    tags: ['java'],
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'payments',
    system: 'payments',
  },
};

describe('enrichEntity', () => {
  it('adds the labels and source annotations and keeps everything else', () => {
    const before = structuredClone(component);
    const enriched = enrichEntity(component, summary, 'warn');

    expect(enriched).toEqual({
      ...component,
      metadata: {
        ...component.metadata,
        labels: {
          tier: 'gold',
          'lodestar.dev/level': 'at-risk',
          'lodestar.dev/score': '87',
        },
        annotations: {
          ...component.metadata.annotations,
          'lodestar.dev/owner-source': 'declared',
          'lodestar.dev/objectives-source': 'declared',
        },
      },
    });
    expect(component).toEqual(before);
  });

  it('replaces what an author presets under the keys only Lodestar writes', () => {
    const preset: Entity = {
      ...component,
      metadata: {
        ...component.metadata,
        labels: { 'lodestar.dev/level': 'aligned', team: 'payments' },
        annotations: {
          'lodestar.dev/owner-source': 'declared-by-hand',
          // An empty warning, to hide the real one.
          'lodestar.dev/ownership-warning': '',
          'backstage.io/techdocs-ref': 'dir:.',
        },
      },
    };
    const drifting = {
      ...summary,
      level: 'drifting' as const,
      ownershipDrift: true,
    };
    const enriched = enrichEntity(preset, drifting, 'warn');
    expect(enriched.metadata.labels).toEqual({
      'lodestar.dev/level': 'drifting',
      'lodestar.dev/score': '87',
      team: 'payments',
    });
    expect(enriched.metadata.annotations).toMatchObject({
      'lodestar.dev/owner-source': 'declared',
      'lodestar.dev/ownership-warning': ownershipWarning(drifting),
      'backstage.io/techdocs-ref': 'dir:.',
    });
    // A warning the author wrote goes when Lodestar has none to give.
    expect(
      enrichEntity(preset, summary, 'off').metadata.annotations,
    ).not.toHaveProperty('lodestar.dev/ownership-warning');
  });

  it('strips preset Lodestar keys from an entity not evaluated yet', () => {
    const preset: Entity = {
      ...component,
      metadata: {
        ...component.metadata,
        labels: {
          'lodestar.dev/level': 'aligned',
          'lodestar.dev/score': '100',
        },
      },
    };
    expect(withoutLodestarKeys(preset).metadata).not.toHaveProperty('labels');
    expect(withoutLodestarKeys(component)).toBe(component);
  });

  it('says inherited when the entity declares neither owner nor objectives but has a parent', () => {
    const bare: Entity = {
      ...component,
      metadata: { name: 'billing' },
      spec: { type: 'service', lifecycle: 'production', system: 'payments' },
    };
    expect(enrichEntity(bare, summary, 'off').metadata.annotations).toEqual({
      'lodestar.dev/owner-source': 'inherited',
      'lodestar.dev/objectives-source': 'inherited',
    });
  });

  it('says none when nothing is declared and nothing can be inherited', () => {
    const orphan: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'legacy' },
      spec: {},
    };
    expect(
      enrichEntity(orphan, { ...summary, owner: undefined }, 'off').metadata
        .annotations,
    ).toEqual({
      'lodestar.dev/owner-source': 'none',
      'lodestar.dev/objectives-source': 'none',
    });
    expect(
      enrichEntity({ ...orphan, spec: { domain: 'finance' } }, summary, 'off')
        .metadata.annotations?.['lodestar.dev/objectives-source'],
    ).toBe('inherited');
  });

  it('leaves out a label value the catalog would reject', () => {
    const odd = {
      ...summary,
      level: 'unknown level' as any,
      score: Number.NaN,
    };
    expect(enrichEntity(component, odd, 'off').metadata.labels).toEqual({
      tier: 'gold',
    });
  });

  describe('ownership enforcement', () => {
    const drifting = { ...summary, ownershipDrift: true };

    it('adds a warning annotation under warn', () => {
      const enriched = enrichEntity(component, drifting, 'warn');
      expect(enriched.metadata.annotations).toMatchObject({
        'backstage.io/techdocs-ref': 'dir:.',
        'lodestar.dev/ownership-warning': expect.stringContaining(
          'ownership checks fail (owner group:default/payments)',
        ),
      });
    });

    it('adds no warning under off', () => {
      const enriched = enrichEntity(component, drifting, 'off');
      expect(enriched.metadata.annotations).not.toHaveProperty([
        'lodestar.dev/ownership-warning',
      ]);
      expect(enriched.metadata.labels?.['lodestar.dev/level']).toBe('at-risk');
    });

    it('adds no warning when ownership checks pass', () => {
      expect(
        enrichEntity(component, summary, 'warn').metadata.annotations,
      ).not.toHaveProperty(['lodestar.dev/ownership-warning']);
    });
  });

  it("passes the catalog's default entity policies, so it is never rejected", async () => {
    // The policies the catalog applies right after pre-processing.
    const policies = EntityPolicies.allOf([
      new SchemaValidEntityPolicy(),
      new DefaultNamespaceEntityPolicy(),
      new NoForeignRootFieldsEntityPolicy(),
      new FieldFormatEntityPolicy(),
    ]);
    const enriched = enrichEntity(
      component,
      { ...summary, owner: undefined, ownershipDrift: true, score: 0 },
      'warn',
    );
    await expect(policies.enforce(enriched)).resolves.toBeDefined();
  });
});
