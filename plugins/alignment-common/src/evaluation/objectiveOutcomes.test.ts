import { AlignmentEngine } from './AlignmentEngine';
import { CatalogSnapshot } from './CatalogSnapshot';
import { baseCatalog, entity, principle, REVIEWED } from './testCatalog';

const now = new Date('2026-06-01T00:00:00Z');

const copilot = entity(
  'Component',
  'copilot',
  {
    type: 'service',
    lifecycle: 'experimental',
    owner: 'payments',
    system: 'procure-to-pay',
  },
  {
    tags: ['ml'],
    annotations: { ...REVIEWED, 'lodestar.dev/objectives': 'win-us' },
  },
);
const measured = principle(
  'ai-serves-measured-outcome',
  'objectives.exists(o, has(o.spec.owner) && o.outcome.measured)',
  { appliesTo: { kind: 'Component', tags: ['ml'] } },
);

function statusWith(outcomes?: Map<string, any>) {
  const snapshot = CatalogSnapshot.of([...baseCatalog, measured, copilot]);
  const result = AlignmentEngine.create({
    snapshot,
    objectiveOutcomes: outcomes,
  }).evaluate(copilot, { now });
  return result.pillars
    .flatMap(p => p.checks)
    .find(c => c.id === 'principle:default/ai-serves-measured-outcome')?.status;
}

describe('rules reading the outcomes of objectives', () => {
  it('see an objective with no known outcome as not measured', () => {
    expect(statusWith()).toBe('fail');
  });

  it('see the outcome the run read for each objective', () => {
    expect(
      statusWith(
        new Map([
          [
            'objective:default/win-us',
            {
              measured: true,
              status: 'off-track',
              measures: [{ id: 'arr', status: 'off-track' }],
            },
          ],
        ]),
      ),
    ).toBe('pass');
  });

  it('can ask for the status of the outcome', () => {
    const onTrack = principle(
      'serves-on-track',
      "objectives.all(o, o.outcome.status == 'on-track')",
      { appliesTo: { kind: 'Component', tags: ['ml'] } },
    );
    const snapshot = CatalogSnapshot.of([...baseCatalog, onTrack, copilot]);
    const engine = AlignmentEngine.create({
      snapshot,
      objectiveOutcomes: new Map([
        [
          'objective:default/win-us',
          { measured: true, status: 'at-risk', measures: [] },
        ],
      ]),
    });
    const check = engine
      .evaluate(copilot, { now })
      .pillars.flatMap(p => p.checks)
      .find(c => c.id === 'principle:default/serves-on-track');
    expect(check?.status).toBe('fail');
  });
});
