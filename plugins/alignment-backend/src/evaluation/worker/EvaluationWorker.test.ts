import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlignmentEngine,
  CatalogSnapshot,
  EntityFacts,
  resolveAlignmentConfig,
} from '@lodestar/backstage-plugin-alignment-common';
import { rowContent } from '../../database/resultRows';
import { loadMeridian } from '../../__testUtils__/loadExamples';
import { evaluateForRun, RunInputs } from '../evaluateForRun';
import { RunAccumulator } from '../RunAccumulator';
import { EvaluationWorker } from './EvaluationWorker';

jest.setTimeout(60_000);

const meridian = loadMeridian();
const config = resolveAlignmentConfig();
const evaluatedAt = new Date('2026-11-29T06:00:00Z');

function setup() {
  const snapshot = CatalogSnapshot.of(meridian);
  const engine = AlignmentEngine.create({ snapshot, config });
  const evaluated = meridian.filter(e => engine.evaluates(e));
  const first = stringifyEntityRef(evaluated[0]);
  const facts = new Map<string, EntityFacts>([
    [
      first.toLocaleLowerCase('en-US'),
      new Map([
        [
          'deploymentFrequency',
          { value: 12, observedAt: '2026-11-28T00:00:00Z' },
        ],
      ]),
    ],
  ]);
  const inputs: RunInputs = {
    evaluatedAt,
    waivers: new Map([
      [
        first,
        [
          {
            id: 'w1',
            entityRef: first,
            checkId: 'ownership.declared',
            reason: 'moving teams',
            createdBy: 'user:default/ana',
            createdAt: '2026-11-01T00:00:00Z',
            expiresAt: '2026-12-31T00:00:00Z',
          },
        ],
      ],
    ]),
    facts,
    withScoreParts: true,
  };
  return { snapshot, engine, evaluated, inputs };
}

function start(
  snapshot: CatalogSnapshot,
  inputs: RunInputs,
  withScoreParts: boolean,
  sharedInputsKey?: string,
) {
  return EvaluationWorker.start({
    context: snapshot.entities(),
    complete: true,
    config,
    objectiveOutcomes: new Map(),
    waivers: inputs.waivers,
    evaluatedAt,
    withScoreParts,
    sharedInputsKey,
  });
}

describe('EvaluationWorker', () => {
  it('evaluates pages on a worker thread exactly as the main thread does', async () => {
    const { snapshot, engine, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, true);
    try {
      const { results, tally } = await worker.evaluate(
        evaluated,
        new Map(inputs.facts),
        new Map(),
      );
      expect(results).toHaveLength(evaluated.length);
      const here = new RunAccumulator();
      evaluated.forEach((entity, i) => {
        const evaluation = evaluateForRun(engine, entity, inputs);
        here.add(evaluation.stored);
        const there = results[i];
        expect(there.entityRef).toBe(evaluation.stored.entityRef);
        expect(there.scoreParts).toEqual(evaluation.scoreParts);
        // Nothing is served yet, so every result comes back in full.
        const { scorecard, content, ...columns } = there.changed!;
        expect(content).toEqual(rowContent(evaluation.stored));
        expect(scorecard).toEqual(evaluation.stored.scorecard);
        const { scorecard: _, ...expected } = evaluation.stored;
        expect(columns).toEqual(expected);
      });
      const merged = new RunAccumulator();
      merged.merge(tally);
      expect(merged.runStats()).toEqual(here.runStats());
      expect(merged.dailyAggregates('2026-11-29')).toEqual(
        here.dailyAggregates('2026-11-29'),
      );
    } finally {
      await worker.close();
    }
  });

  it('sends back in full only the results that differ from the served ones', async () => {
    const { snapshot, engine, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, false);
    try {
      const served = new Map<string, string>();
      const [same, other] = evaluated;
      const sameRef = stringifyEntityRef(same).toLocaleLowerCase('en-US');
      const otherRef = stringifyEntityRef(other).toLocaleLowerCase('en-US');
      served.set(
        sameRef,
        rowContent(evaluateForRun(engine, same, inputs).stored).contentHash,
      );
      served.set(otherRef, 'an older hash');
      const { results, tally } = await worker.evaluate(
        [same, other],
        new Map(inputs.facts),
        served,
      );
      expect(results.map(r => [r.entityRef, Boolean(r.changed)])).toEqual([
        [sameRef, false],
        [otherRef, true],
      ]);
      // Both count in the run's figures.
      const merged = new RunAccumulator();
      merged.merge(tally);
      const [org] = merged
        .dailyAggregates('2026-11-29')
        .filter(a => a.dimension === 'org');
      expect(org.entities).toBe(2);
    } finally {
      await worker.close();
    }
  });

  it('reuses an evaluation only when it is offered with the same inputs key', async () => {
    const { snapshot, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, true, 'shared inputs');
    try {
      const facts = new Map(inputs.facts);
      const first = await worker.evaluate(evaluated, facts, new Map());
      const keys = new Map(
        first.results.map(r => [r.entityRef, r.inputsKey!] as const),
      );
      expect([...keys.values()].every(Boolean)).toBe(true);

      // The first entity changed in the catalog; the second is not offered.
      const [changed, notOffered, ...rest] = evaluated;
      const edited = {
        ...changed,
        metadata: { ...changed.metadata, description: 'Edited' },
      };
      keys.delete(first.results[1].entityRef);
      const again = await worker.evaluate(
        [edited, notOffered, ...rest],
        facts,
        new Map(),
        keys,
      );
      expect(again.results.map(r => Boolean(r.reused))).toEqual([
        false,
        false,
        ...rest.map(() => true),
      ]);
      // Only the two evaluated again count on the worker; the main thread
      // counts the reused ones from what it remembers.
      const merged = new RunAccumulator();
      merged.merge(again.tally);
      const [org] = merged
        .dailyAggregates('2026-11-29')
        .filter(a => a.dimension === 'org');
      expect(org.entities).toBe(2);
      expect(again.results[0].inputsKey).not.toBe(first.results[0].inputsKey);
      expect(again.results[1].inputsKey).toBe(first.results[1].inputsKey);
    } finally {
      await worker.close();
    }
  });

  it('digests nothing when the run reuses nothing', async () => {
    const { snapshot, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, false);
    try {
      const { results } = await worker.evaluate(
        evaluated,
        new Map(),
        new Map(),
      );
      expect(results.every(r => r.inputsKey === undefined)).toBe(true);
    } finally {
      await worker.close();
    }
  });

  it('fails the page, not the process, when evaluation throws there', async () => {
    const { snapshot, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, false);
    try {
      const broken = { ...evaluated[0], metadata: undefined } as any;
      await expect(
        worker.evaluate([broken], new Map(), new Map()),
      ).rejects.toThrow(/Evaluation worker: .*/);
      // The worker still answers the next page.
      await expect(
        worker.evaluate(evaluated.slice(0, 2), new Map(), new Map()),
      ).resolves.toMatchObject({ results: [{}, {}] });
    } finally {
      await worker.close();
    }
  });

  it('fails what is waiting when the worker stops', async () => {
    const { snapshot, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, false);
    const page = worker.evaluate(evaluated, new Map(), new Map());
    await worker.close();
    await expect(page).rejects.toThrow(/exited/);
    await expect(
      worker.evaluate(evaluated, new Map(), new Map()),
    ).rejects.toThrow(/exited/);
  });
});
