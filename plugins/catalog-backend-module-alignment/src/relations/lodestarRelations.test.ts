import { Entity } from '@backstage/catalog-model';
import { EntityRelationSpec } from '@backstage/plugin-catalog-node';
import { lodestarRelations } from './lodestarRelations';

/** Relations as `source -type-> target` lines, easy to read in a failure. */
function lines(relations: EntityRelationSpec[]): string[] {
  const ref = (r: EntityRelationSpec['source']) =>
    `${r.kind}:${r.namespace}/${r.name}`;
  return relations.map(r => `${ref(r.source)} ${r.type} ${ref(r.target)}`);
}

describe('lodestarRelations', () => {
  it('relates an entity to each declared objective, both ways, resolving short refs', () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'billing',
        namespace: 'sales',
        annotations: {
          'lodestar.dev/objectives':
            ' expand-eu , default/win-us-midmarket,objective:ops/uptime,,',
        },
      },
      spec: { owner: 'payments', type: 'service', lifecycle: 'production' },
    };
    expect(lines(lodestarRelations(component))).toEqual([
      'Component:sales/billing supports Objective:sales/expand-eu',
      'Objective:sales/expand-eu supportedBy Component:sales/billing',
      'Component:sales/billing supports Objective:default/win-us-midmarket',
      'Objective:default/win-us-midmarket supportedBy Component:sales/billing',
      'Component:sales/billing supports objective:ops/uptime',
      'objective:ops/uptime supportedBy Component:sales/billing',
    ]);
  });

  it('leaves ownership of the built-in kinds to Backstage', () => {
    expect(
      lodestarRelations({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: { name: 'payments' },
        spec: { owner: 'payments' },
      }),
    ).toEqual([]);
  });

  it('skips objective refs that do not parse instead of failing', () => {
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'x',
        annotations: { 'lodestar.dev/objectives': 'objective:, good, sales/' },
      },
    };
    expect(lines(lodestarRelations(entity))).toEqual([
      'Component:default/x supports Objective:default/good',
      'Objective:default/good supportedBy Component:default/x',
    ]);
  });

  it('relates an Objective to its owner and strategy in its namespace', () => {
    const objective: Entity = {
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Objective',
      metadata: { name: 'expand-eu', namespace: 'sales' },
      spec: {
        owner: 'leadership',
        strategy: 'default/company-strategy',
        status: 'active',
      },
    };
    expect(lines(lodestarRelations(objective))).toEqual([
      'Objective:sales/expand-eu ownedBy Group:sales/leadership',
      'Group:sales/leadership ownerOf Objective:sales/expand-eu',
      'Objective:sales/expand-eu partOf Strategy:default/company-strategy',
      'Strategy:default/company-strategy hasPart Objective:sales/expand-eu',
    ]);
  });

  it('relates a Campaign to its owner, its strategy and each principle it checks', () => {
    const campaign: Entity = {
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Campaign',
      metadata: { name: 'realign', namespace: 'sales' },
      spec: {
        owner: 'architecture',
        strategy: 'meridian',
        revision: '2026-03-02',
        checks: [
          'intent.reviewed-since-revision',
          'principle:default/Integrate-Through-Event-Bus',
          'principle:ops/docs-as-code',
          // The same principle twice relates it once.
          'principle:integrate-through-event-bus',
        ],
        startsAt: '2026-03-02',
        deadline: '2027-01-29',
        status: 'active',
      },
    };
    expect(lines(lodestarRelations(campaign))).toEqual([
      'Campaign:sales/realign ownedBy Group:sales/architecture',
      'Group:sales/architecture ownerOf Campaign:sales/realign',
      'Campaign:sales/realign partOf Strategy:sales/meridian',
      'Strategy:sales/meridian hasPart Campaign:sales/realign',
      'Campaign:sales/realign targets principle:default/integrate-through-event-bus',
      'principle:default/integrate-through-event-bus targetedBy Campaign:sales/realign',
      'Campaign:sales/realign targets principle:ops/docs-as-code',
      'principle:ops/docs-as-code targetedBy Campaign:sales/realign',
    ]);
  });

  it('relates a Campaign that names only a revision to no strategy', () => {
    const campaign: Entity = {
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Campaign',
      metadata: { name: 'realign' },
      spec: {
        owner: 'architecture',
        revision: '2026-03-02',
        checks: ['intent.active-objectives'],
      },
    };
    expect(lines(lodestarRelations(campaign))).toEqual([
      'Campaign:default/realign ownedBy Group:default/architecture',
      'Group:default/architecture ownerOf Campaign:default/realign',
    ]);
  });

  it.each(['Strategy', 'Principle'])(
    'relates a %s to its owner, keeping an explicit kind',
    kind => {
      const entity: Entity = {
        apiVersion: 'lodestar.dev/v1alpha1',
        kind,
        metadata: { name: 'p' },
        spec: { owner: 'user:default/cto', strategy: 'ignored' },
      };
      expect(lines(lodestarRelations(entity))).toEqual([
        `${kind}:default/p ownedBy user:default/cto`,
        `user:default/cto ownerOf ${kind}:default/p`,
      ]);
    },
  );

  it('lets a Lodestar entity support objectives too', () => {
    const strategy: Entity = {
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Principle',
      metadata: {
        name: 'p',
        annotations: { 'lodestar.dev/objectives': 'expand-eu' },
      },
      spec: { owner: 'architecture' },
    };
    expect(lines(lodestarRelations(strategy))).toEqual([
      'Principle:default/p supports Objective:default/expand-eu',
      'Objective:default/expand-eu supportedBy Principle:default/p',
      'Principle:default/p ownedBy Group:default/architecture',
      'Group:default/architecture ownerOf Principle:default/p',
    ]);
  });
});
