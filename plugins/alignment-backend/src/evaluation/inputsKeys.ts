/*
 * Digests of what an evaluation reads, so that a whole run can tell an
 * entity whose inputs are the same as when it was last evaluated. A run's
 * shared inputs (the context, config, objectives' outcomes, waivers and
 * the UTC day) make one key, with whether the run keeps score parts; each entity and its facts make another.
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlignmentConfig,
  AlignmentEngine,
  EntityFacts,
  ObjectiveOutcome,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';
import { createHash } from 'node:crypto';
import { sha1 } from '../database/resultRows';
import type { WaiverRecord } from '../database/types';
import type { RunInputs } from './evaluateForRun';
import { inSlices } from './inSlices';

/** What every entity of a whole run is evaluated with, besides itself. */
export interface SharedRunInputs {
  /** The context entities the run's snapshot holds. */
  context: readonly Entity[];
  complete: boolean;
  config: AlignmentConfig;
  objectiveOutcomes: ReadonlyMap<string, ObjectiveOutcome>;
  /** Active waivers by entity ref. */
  waivers: ReadonlyMap<string, WaiverRecord[]>;
  evaluatedAt: Date;
  /** Whether each result's score as parts is kept, for previews. */
  withScoreParts: boolean;
}

function sortedEntries<V>(map: ReadonlyMap<string, V>): Array<[string, V]> {
  // Code-unit order, the same on every machine whatever its locale.
  return [...map].sort(([a], [b]) => Number(a > b) - Number(a < b));
}

/**
 * The digest of a run's shared inputs. The checks read the time only by
 * the UTC day (or not at all when an entity's result does not hold for the
 * rest of its day: see `AlignmentEngine.holdsLaterTheSameDay`), so the day
 * is part of the key. Maps and the context are digested in a fixed order,
 * whatever order the database and the catalog gave them in; the context
 * in slices that let requests in, as it runs to tens of thousands of
 * entities.
 */
export async function digestSharedInputs(
  run: SharedRunInputs,
): Promise<string> {
  // One digest per context entity, sorted, so that a catalog of a million
  // entities never becomes one string.
  const entities: Buffer[] = [];
  for await (const entity of inSlices(run.context)) {
    entities.push(createHash('sha1').update(JSON.stringify(entity)).digest());
  }
  entities.sort(Buffer.compare);
  const hash = createHash('sha1');
  hash.update(`${run.evaluatedAt.toISOString().slice(0, 10)}\n`);
  hash.update(`${run.complete} ${run.withScoreParts}\n`);
  hash.update(`${JSON.stringify(run.config)}\n`);
  hash.update(`${JSON.stringify(sortedEntries(run.objectiveOutcomes))}\n`);
  const waivers = sortedEntries(run.waivers).map(([ref, list]) => [
    ref,
    list.map(waiver => JSON.stringify(waiver)).sort(),
  ]);
  hash.update(`${JSON.stringify(waivers)}\n`);
  for (const digest of entities) hash.update(digest);
  return hash.digest('hex');
}

/** The digest of one entity as the catalog serves it, and of its facts. */
export function entityInputsKey(entity: Entity, facts?: EntityFacts): string {
  const factsText = facts?.size ? JSON.stringify(sortedEntries(facts)) : '';
  return sha1(`${JSON.stringify(entity)}\n${factsText}`);
}

/**
 * The entity's inputs key in a run that may reuse evaluations (one with a
 * digest of its shared inputs), when its result would hold for the rest
 * of the day; undefined otherwise, and the entity is evaluated.
 */
export function inputsKeyOf(
  engine: AlignmentEngine,
  entity: Entity,
  inputs: Pick<
    RunInputs,
    'facts' | 'waivers' | 'evaluatedAt' | 'sharedInputsKey'
  >,
): string | undefined {
  if (inputs.sharedInputsKey === undefined) return undefined;
  const facts = inputs.facts.get(refOf(entity));
  const waivers = inputs.waivers.get(stringifyEntityRef(entity));
  return engine.holdsLaterTheSameDay({ facts, waivers }, inputs.evaluatedAt)
    ? entityInputsKey(entity, facts)
    : undefined;
}
