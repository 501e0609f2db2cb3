import type { Knex } from 'knex';
import { chunks } from './chunks';
import { retryOnDeadlock } from './retryOnDeadlock';

const OBSERVATIONS = 'lodestar_measure_observations';

/** One stored value of one measure of one objective. */
export interface StoredMeasureObservation {
  objectiveRef: string;
  measureId: string;
  value: number;
  observedAt: string;
  source: string;
}

/** Source name of the values Lodestar computes from the catalog. */
export const CATALOG_SOURCE = 'lodestar-catalog';

const key = (o: Omit<StoredMeasureObservation, 'value'>) =>
  `${o.objectiveRef}\u0000${o.measureId}\u0000${o.observedAt}\u0000${o.source}`;

/**
 * Observations of objectives' measures: pushed from business systems, or
 * computed from the catalog on each run (one value per day, the day's
 * last run winning). Objectives are few and their values sparse, so a
 * page reads an objective's observations whole.
 */
export class DatabaseMeasureStore {
  constructor(private readonly knex: Knex) {}

  /** Stores observations; one already stored (same measure, time and source) counts as a duplicate. */
  async write(
    observations: StoredMeasureObservation[],
    receivedAt: string,
  ): Promise<{ accepted: number; duplicates: number }> {
    const unique = new Map(observations.map(o => [key(o), o]));
    let accepted = 0;
    for (const piece of chunks([...unique.values()], 500)) {
      accepted += await retryOnDeadlock(() =>
        this.knex.transaction(async trx => {
          const seen = new Set<string>();
          const refs = [...new Set(piece.map(o => o.objectiveRef))];
          const rows = await trx(OBSERVATIONS)
            .whereIn('objective_ref', refs)
            .whereIn('observed_at', [...new Set(piece.map(o => o.observedAt))])
            .select('objective_ref', 'measure_id', 'observed_at', 'source');
          for (const row of rows) {
            seen.add(
              key({
                objectiveRef: row.objective_ref,
                measureId: row.measure_id,
                observedAt: row.observed_at,
                source: row.source,
              }),
            );
          }
          const fresh = piece.filter(o => !seen.has(key(o)));
          if (fresh.length === 0) return 0;
          await trx(OBSERVATIONS)
            .insert(fresh.map(o => toRow(o, receivedAt)))
            .onConflict([
              'objective_ref',
              'measure_id',
              'observed_at',
              'source',
            ])
            .ignore();
          return fresh.length;
        }),
      );
    }
    return { accepted, duplicates: observations.length - accepted };
  }

  /** Records the values computed from the catalog on `day`, replacing that day's. */
  async recordComputed(
    day: string,
    values: Array<{ objectiveRef: string; measureId: string; value: number }>,
    receivedAt: string,
  ): Promise<void> {
    if (values.length === 0) return;
    const observedAt = `${day}T00:00:00.000Z`;
    await this.knex(OBSERVATIONS)
      .insert(
        values.map(v =>
          toRow({ ...v, observedAt, source: CATALOG_SOURCE }, receivedAt),
        ),
      )
      .onConflict(['objective_ref', 'measure_id', 'observed_at', 'source'])
      .merge(['value', 'received_at']);
  }

  /** Every observation of some objectives' measures, oldest first. */
  async ofObjectives(
    objectiveRefs: string[],
  ): Promise<StoredMeasureObservation[]> {
    const result: StoredMeasureObservation[] = [];
    for (const piece of chunks(objectiveRefs, 500)) {
      const rows = await this.knex(OBSERVATIONS)
        .whereIn('objective_ref', piece)
        .orderBy('observed_at', 'asc');
      for (const row of rows) {
        result.push({
          objectiveRef: row.objective_ref,
          measureId: row.measure_id,
          value: Number(row.value),
          observedAt: row.observed_at,
          source: row.source,
        });
      }
    }
    return result.sort((a, b) => a.observedAt.localeCompare(b.observedAt));
  }

  /** Deletes observations made before `before`; returns how many. */
  async prune(before: string): Promise<number> {
    return this.knex(OBSERVATIONS).where('observed_at', '<', before).delete();
  }
}

function toRow(o: StoredMeasureObservation, receivedAt: string) {
  return {
    objective_ref: o.objectiveRef,
    measure_id: o.measureId,
    observed_at: o.observedAt,
    source: o.source,
    value: o.value,
    received_at: receivedAt,
  };
}
