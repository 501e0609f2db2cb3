import type { Entity } from '@backstage/catalog-model';
import { AlignmentEngine } from './AlignmentEngine';
import { CatalogSnapshot } from './CatalogSnapshot';
import { baseCatalog, entity, principle, REVIEWED } from './testCatalog';

const now = new Date('2026-06-01T00:00:00Z');

const billing = entity(
  'Component',
  'billing',
  { type: 'service', lifecycle: 'production', owner: 'payments' },
  { annotations: { ...REVIEWED, 'lodestar.dev/objectives': 'win-us' } },
);

/** The same principle name in the default namespace and in team-a's. */
const shared = principle('apis', 'false');
const teamA: Entity = {
  ...principle('apis', 'true', { severity: 'low' }),
  metadata: { name: 'apis', namespace: 'team-a', title: "Team A's apis" },
};

function principleChecks(waiverFor?: string) {
  const snapshot = CatalogSnapshot.of([...baseCatalog, shared, teamA, billing]);
  const result = AlignmentEngine.create({ snapshot }).evaluate(billing, {
    now,
    waivers: waiverFor
      ? [
          {
            entityRef: 'component:default/billing',
            checkId: waiverFor,
            expiresAt: '2026-07-01',
          },
        ]
      : [],
  });
  return result.pillars
    .flatMap(p => p.checks)
    .filter(c => c.pillar === 'principles')
    .map(c => ({ id: c.id, status: c.status, severity: c.severity }));
}

describe('principle check ids', () => {
  it("are the principle's full ref, so same-named principles stay apart", () => {
    expect(principleChecks()).toEqual(
      expect.arrayContaining([
        { id: 'principle:default/apis', status: 'fail', severity: 'high' },
        { id: 'principle:team-a/apis', status: 'pass', severity: 'low' },
      ]),
    );
    expect(principleChecks()).toHaveLength(2);
  });

  it("let a waiver cover one namespace's principle and not the other's", () => {
    const checks = principleChecks('principle:default/apis');
    expect(checks).toContainEqual(
      expect.objectContaining({
        id: 'principle:default/apis',
        status: 'waived',
      }),
    );
    expect(checks).toContainEqual(
      expect.objectContaining({ id: 'principle:team-a/apis', status: 'pass' }),
    );
  });

  it('no longer match a waiver written with the old `principle.<name>` id', () => {
    expect(principleChecks('principle.apis')).toContainEqual(
      expect.objectContaining({ id: 'principle:default/apis', status: 'fail' }),
    );
  });
});
