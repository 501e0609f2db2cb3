import { normalizeRef } from '../kinds/refs';
import { CatalogSnapshot } from './CatalogSnapshot';
import { resolveAlignmentConfig } from './config';
import { createEntityContext } from './EntityContext';
import { entity } from './testCatalog';

const config = resolveAlignmentConfig();
const NOW = new Date('2026-06-01T00:00:00Z');
const OBJECTIVES = { 'lodestar.dev/objectives': 'grow, expand-eu' };

function contextOf(
  snapshot: CatalogSnapshot,
  subject = entity('Component', 'x'),
) {
  return createEntityContext(subject, snapshot, config, NOW);
}

describe('createEntityContext', () => {
  const domain = entity(
    'Domain',
    'payments',
    { owner: 'finance' },
    {
      annotations: OBJECTIVES,
    },
  );
  const system = entity('System', 'billing', {
    owner: 'group:default/billing-team',
    domain: 'payments',
  });
  const objective = entity('Objective', 'grow', { status: 'active' });

  it('resolves parents, and inherits owner and objectives through them', () => {
    const snapshot = CatalogSnapshot.of([domain, system, objective]);
    const context = contextOf(
      snapshot,
      entity('Component', 'invoices', { system: 'billing' }),
    );
    expect(context.parents.map(p => p.ref)).toEqual([
      'system:default/billing',
      'domain:default/payments',
    ]);
    expect(context).toMatchObject({
      systemRef: 'system:default/billing',
      domainRef: 'domain:default/payments',
      system,
      domain,
      owner: {
        value: 'group:default/billing-team',
        inheritedFrom: 'system:default/billing',
      },
      objectiveRefs: {
        value: ['objective:default/grow', 'objective:default/expand-eu'],
        inheritedFrom: 'domain:default/payments',
      },
      objectives: [objective],
    });
  });

  it('prefers what the entity declares itself', () => {
    const snapshot = CatalogSnapshot.of([domain, system, objective]);
    const context = contextOf(
      snapshot,
      entity(
        'Component',
        'invoices',
        { system: 'billing', owner: 'Team-A' },
        { annotations: { 'lodestar.dev/objectives': 'Grow' } },
      ),
    );
    expect(context.owner).toEqual({ value: 'group:default/team-a' });
    expect(context.objectiveRefs).toEqual({
      value: ['objective:default/grow'],
    });
    expect(context.objectives).toEqual([objective]);
  });

  it('gives a system its domain, and a domain itself', () => {
    const snapshot = CatalogSnapshot.of([domain, system]);
    expect(contextOf(snapshot, system)).toMatchObject({
      parents: [{ ref: 'domain:default/payments', entity: domain }],
      domain,
      owner: { value: 'group:default/billing-team' },
    });
    expect(contextOf(snapshot, domain)).toMatchObject({
      parents: [],
      domain,
      owner: { value: 'group:default/finance' },
    });
  });

  it('stops at a system the snapshot does not hold', () => {
    const context = contextOf(
      CatalogSnapshot.of([domain]),
      entity('Component', 'invoices', { system: 'ghost' }),
    );
    expect(context.parents).toEqual([{ ref: 'system:default/ghost' }]);
    expect(context.systemRef).toBe('system:default/ghost');
    expect(context.system).toBeUndefined();
    expect(context.owner).toBeUndefined();
  });

  it('sees entities added to the snapshot after an earlier evaluation', () => {
    const snapshot = CatalogSnapshot.of([domain]);
    const component = entity('Component', 'invoices', { system: 'billing' });
    expect(contextOf(snapshot, component).system).toBeUndefined();
    snapshot.add(system);
    expect(contextOf(snapshot, component)).toMatchObject({
      system,
      domain,
      owner: { inheritedFrom: 'system:default/billing' },
    });
  });
});

describe('normalizeRef', () => {
  it('gives each default kind and namespace its own answer', () => {
    expect(normalizeRef('Foo', { defaultKind: 'group' })).toBe(
      'group:default/foo',
    );
    expect(
      normalizeRef('Foo', { defaultKind: 'group', defaultNamespace: 'ops' }),
    ).toBe('group:ops/foo');
    expect(normalizeRef('Foo', { defaultKind: 'system' })).toBe(
      'system:default/foo',
    );
    expect(normalizeRef('user:Bob', { defaultKind: 'group' })).toBe(
      'user:default/bob',
    );
    expect(normalizeRef('a:', { defaultKind: 'group' })).toBeUndefined();
    expect(normalizeRef('a:', { defaultKind: 'group' })).toBeUndefined();
  });
});
