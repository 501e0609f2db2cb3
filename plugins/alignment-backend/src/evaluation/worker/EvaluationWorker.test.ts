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
) {
  return EvaluationWorker.start({
    context: snapshot.entities(),
    complete: true,
    config,
    objectiveOutcomes: new Map(),
    waivers: inputs.waivers,
    evaluatedAt,
    withScoreParts,
  });
}

describe('EvaluationWorker', () => {
  it('evaluates pages on a worker thread exactly as the main thread does', async () => {
    const { snapshot, engine, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, true);
    try {
      const onWorker = await worker.evaluate(evaluated, new Map(inputs.facts));
      expect(onWorker).toHaveLength(evaluated.length);
      evaluated.forEach((entity, i) => {
        const here = evaluateForRun(engine, entity, inputs);
        const there = onWorker[i];
        expect(there.stored.content).toEqual(rowContent(here.stored));
        expect(there.stored.scorecard).toEqual(here.stored.scorecard);
        const { scorecard: _a, content: _b, ...columns } = there.stored;
        const { scorecard: _c, ...expected } = here.stored;
        expect(columns).toEqual(expected);
        expect(there.scoreParts).toEqual(here.scoreParts);
      });
    } finally {
      await worker.close();
    }
  });

  it('fails the page, not the process, when evaluation throws there', async () => {
    const { snapshot, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, false);
    try {
      const broken = { ...evaluated[0], metadata: undefined } as any;
      await expect(worker.evaluate([broken], new Map())).rejects.toThrow(
        /Evaluation worker: .*/,
      );
      // The worker still answers the next page.
      await expect(
        worker.evaluate(evaluated.slice(0, 2), new Map()),
      ).resolves.toHaveLength(2);
    } finally {
      await worker.close();
    }
  });

  it('fails what is waiting when the worker stops', async () => {
    const { snapshot, evaluated, inputs } = setup();
    const worker = await start(snapshot, inputs, false);
    const page = worker.evaluate(evaluated, new Map());
    await worker.close();
    await expect(page).rejects.toThrow(/exited/);
    await expect(worker.evaluate(evaluated, new Map())).rejects.toThrow(
      /exited/,
    );
  });
});
