import {
  AlignmentEngine,
  CatalogSnapshot,
  EntityFacts,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';
import { loadMeridian } from '../__testUtils__/loadExamples';
import type { RunInputs } from './evaluateForRun';
import { evaluateOrReuse } from './runResults';

const meridian = loadMeridian();
const engine = AlignmentEngine.create({
  snapshot: CatalogSnapshot.of(meridian),
});
const entity = meridian.find(e => engine.evaluates(e))!;
const ref = refOf(entity);
const evaluatedAt = new Date('2026-11-29T18:00:00Z');

function inputs(facts?: EntityFacts, sharedInputsKey = 'shared'): RunInputs {
  return {
    evaluatedAt,
    waivers: new Map(),
    facts: new Map(facts ? [[ref, facts]] : []),
    withScoreParts: false,
    sharedInputsKey,
  };
}

function keyOf(runInputs: RunInputs): string | undefined {
  return evaluateOrReuse(engine, entity, runInputs, new Map(), () => undefined)
    .result.inputsKey;
}

describe('evaluateOrReuse', () => {
  it("reuses the evaluation offered with the entity's inputs key", () => {
    const key = keyOf(inputs())!;
    const { result, evaluation } = evaluateOrReuse(
      engine,
      entity,
      inputs(),
      new Map([[ref, key]]),
      () => undefined,
    );

    expect(result).toEqual({
      entityRef: ref,
      needsRevalidation: false,
      reused: true,
    });
    expect(evaluation).toBeUndefined();
  });

  it('evaluates, and gives the new key, when the key offered is another', () => {
    const { result, evaluation } = evaluateOrReuse(
      engine,
      entity,
      inputs(),
      new Map([[ref, 'the key of an older version']]),
      () => undefined,
    );

    expect(evaluation).toBeDefined();
    expect(result.reused).toBeUndefined();
    expect(result.inputsKey).toBe(keyOf(inputs()));
    // Nothing is served, so the result comes back in full.
    expect(result.changed).toBeDefined();
  });

  it('gives unchanged results their figures, for the next run to count', () => {
    const changed = evaluateOrReuse(
      engine,
      entity,
      inputs(),
      new Map(),
      () => undefined,
    ).result.changed!;
    const { result } = evaluateOrReuse(
      engine,
      entity,
      inputs(),
      new Map(),
      () => changed.content.contentHash,
    );

    expect(result.changed).toBeUndefined();
    expect(result.figures).toMatchObject({
      score: changed.score,
      level: changed.level,
      checkStatuses: changed.checkStatuses,
    });
  });

  it('never reuses a result with a stale fact, nor in a run that reuses nothing', () => {
    const stale = new Map([
      [
        'deploymentFrequencyPerWeek',
        { value: 3, observedAt: '2026-10-01T00:00:00Z' },
      ],
    ]);
    const fresh = new Map([
      [
        'deploymentFrequencyPerWeek',
        { value: 3, observedAt: '2026-11-28T00:00:00Z' },
      ],
    ]);

    expect(keyOf(inputs(fresh))).toMatch(/^[0-9a-f]{40}$/);
    expect(keyOf(inputs(fresh))).not.toBe(keyOf(inputs()));
    expect(keyOf(inputs(stale))).toBeUndefined();
    expect(keyOf({ ...inputs(), sharedInputsKey: undefined })).toBeUndefined();
  });
});
