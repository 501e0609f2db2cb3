import type {
  EntityFacts,
  FactObservation,
  FactValue,
} from '@lodestar/backstage-plugin-alignment-common';
import type { Knex } from 'knex';
import { chunks } from './chunks';
import { retryOnDeadlock } from './retryOnDeadlock';

const LATEST = 'lodestar_facts';
const OBSERVATIONS = 'lodestar_fact_observations';
const DAILY = 'lodestar_fact_daily';

/** A stored fact with where it came from. */
export interface StoredFact extends FactObservation {}

/** What a write stored. */
export interface FactWriteOutcome {
  /** Observations stored. */
  accepted: number;
  /** Observations already stored (same entity, key, time and source). */
  duplicates: number;
}

const observationKey = (o: FactObservation) =>
  `${o.entityRef}\u0000${o.key}\u0000${o.observedAt}\u0000${o.source}`;
const factKey = (entityRef: string, key: string) => `${entityRef}\u0000${key}`;

/**
 * Facts of entities: the latest value of each key (what evaluations read),
 * each observation as it arrived (what makes a repeated push idempotent),
 * and the last numeric value of each day (what trends read). A write
 * never moves the latest value back in time: an older observation
 * arriving late only fills in history.
 */
export class DatabaseFactStore {
  constructor(private readonly knex: Knex) {}

  /** Stores observations, counting those already stored as duplicates. */
  async write(
    observations: FactObservation[],
    receivedAt: string,
  ): Promise<FactWriteOutcome> {
    const unique = new Map<string, FactObservation>();
    for (const o of observations) unique.set(observationKey(o), o);
    let duplicates = observations.length - unique.size;
    let accepted = 0;
    for (const piece of chunks([...unique.values()], 500)) {
      const fresh = await retryOnDeadlock(() =>
        this.knex.transaction(trx => this.writePiece(trx, piece, receivedAt)),
      );
      accepted += fresh;
      duplicates += piece.length - fresh;
    }
    return { accepted, duplicates };
  }

  private async writePiece(
    trx: Knex.Transaction,
    piece: FactObservation[],
    receivedAt: string,
  ): Promise<number> {
    const refs = [...new Set(piece.map(o => o.entityRef))];
    const stored = new Set<string>();
    const latest = new Map<string, string>();
    const daily = new Map<string, string>();
    const days = [...new Set(piece.map(o => o.observedAt.slice(0, 10)))];
    for (const refPiece of chunks(refs, 200)) {
      const [seen, current, dayRows] = await Promise.all([
        trx(OBSERVATIONS)
          .whereIn('entity_ref', refPiece)
          .whereIn('observed_at', [...new Set(piece.map(o => o.observedAt))])
          .select('entity_ref', 'fact_key', 'observed_at', 'source'),
        trx(LATEST)
          .whereIn('entity_ref', refPiece)
          .select('entity_ref', 'fact_key', 'observed_at'),
        trx(DAILY)
          .whereIn('entity_ref', refPiece)
          .whereIn('day', days)
          .select('entity_ref', 'fact_key', 'day', 'observed_at'),
      ]);
      for (const row of seen) {
        stored.add(
          observationKey({
            entityRef: row.entity_ref,
            key: row.fact_key,
            observedAt: row.observed_at,
            source: row.source,
            value: 0,
          }),
        );
      }
      for (const row of current)
        latest.set(factKey(row.entity_ref, row.fact_key), row.observed_at);
      for (const row of dayRows)
        daily.set(
          `${factKey(row.entity_ref, row.fact_key)}\u0000${row.day}`,
          row.observed_at,
        );
    }

    const fresh = piece.filter(o => !stored.has(observationKey(o)));
    if (fresh.length === 0) return 0;
    await trx(OBSERVATIONS)
      .insert(
        fresh.map(o => ({
          entity_ref: o.entityRef,
          fact_key: o.key,
          observed_at: o.observedAt,
          source: o.source,
          value: JSON.stringify(o.value),
          received_at: receivedAt,
        })),
      )
      .onConflict(['entity_ref', 'fact_key', 'observed_at', 'source'])
      .ignore();

    const newest = new Map<string, FactObservation>();
    const lastOfDay = new Map<string, FactObservation>();
    for (const o of fresh) {
      const k = factKey(o.entityRef, o.key);
      const before = newest.get(k)?.observedAt ?? latest.get(k);
      if (!before || o.observedAt >= before) newest.set(k, o);
      if (typeof o.value !== 'number') continue;
      const dk = `${k}\u0000${o.observedAt.slice(0, 10)}`;
      const dayBefore = lastOfDay.get(dk)?.observedAt ?? daily.get(dk);
      if (!dayBefore || o.observedAt >= dayBefore) lastOfDay.set(dk, o);
    }
    if (newest.size > 0) {
      await trx(LATEST)
        .insert(
          [...newest.values()].map(o => ({
            entity_ref: o.entityRef,
            fact_key: o.key,
            value: JSON.stringify(o.value),
            observed_at: o.observedAt,
            source: o.source,
          })),
        )
        .onConflict(['entity_ref', 'fact_key'])
        .merge(['value', 'observed_at', 'source']);
    }
    if (lastOfDay.size > 0) {
      await trx(DAILY)
        .insert(
          [...lastOfDay.values()].map(o => ({
            entity_ref: o.entityRef,
            fact_key: o.key,
            day: o.observedAt.slice(0, 10),
            value: o.value as number,
            observed_at: o.observedAt,
          })),
        )
        .onConflict(['entity_ref', 'fact_key', 'day'])
        .merge(['value', 'observed_at']);
    }
    return fresh.length;
  }

  /** The latest facts of every entity that has any, for a whole run. */
  async allLatest(): Promise<Map<string, EntityFacts>> {
    const rows = await this.knex(LATEST).select(
      'entity_ref',
      'fact_key',
      'value',
      'observed_at',
    );
    return groupLatest(rows);
  }

  /** The latest facts of some entities. */
  async latestOf(entityRefs: string[]): Promise<Map<string, EntityFacts>> {
    const rows: Row[] = [];
    for (const piece of chunks(entityRefs, 500)) {
      rows.push(...(await this.knex(LATEST).whereIn('entity_ref', piece)));
    }
    return groupLatest(rows);
  }

  /** One entity's latest facts with their sources, by key. */
  async ofEntity(entityRef: string): Promise<StoredFact[]> {
    const rows = await this.knex(LATEST)
      .where({ entity_ref: entityRef })
      .orderBy('fact_key');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      key: row.fact_key,
      value: JSON.parse(row.value) as FactValue,
      observedAt: row.observed_at,
      source: row.source,
    }));
  }

  /** Daily values of some entities' keys from `fromDay` on, oldest first. */
  async daily(
    entityRefs: string[],
    keys: string[],
    fromDay: string,
  ): Promise<
    Array<{ entityRef: string; key: string; day: string; value: number }>
  > {
    const result = [];
    for (const piece of chunks(entityRefs, 500)) {
      const rows = await this.knex(DAILY)
        .whereIn('entity_ref', piece)
        .whereIn('fact_key', keys)
        .andWhere('day', '>=', fromDay)
        .orderBy([{ column: 'day' }, { column: 'entity_ref' }]);
      for (const row of rows) {
        result.push({
          entityRef: row.entity_ref,
          key: row.fact_key,
          day: row.day,
          value: Number(row.value),
        });
      }
    }
    return result;
  }

  /**
   * Drops observations received before `observationsBefore` (they only
   * make repeats idempotent) and daily values before `dailyBefore`.
   */
  async prune(options: {
    observationsBefore: string;
    dailyBefore: string;
  }): Promise<number> {
    const observations = await this.knex(OBSERVATIONS)
      .where('received_at', '<', options.observationsBefore)
      .delete();
    const days = await this.knex(DAILY)
      .where('day', '<', options.dailyBefore)
      .delete();
    return observations + days;
  }
}

type Row = {
  entity_ref: string;
  fact_key: string;
  value: string;
  observed_at: string;
};

function groupLatest(rows: Row[]): Map<string, EntityFacts> {
  const byEntity = new Map<
    string,
    Map<string, { value: FactValue; observedAt: string }>
  >();
  for (const row of rows) {
    let facts = byEntity.get(row.entity_ref);
    if (!facts) byEntity.set(row.entity_ref, (facts = new Map()));
    facts.set(row.fact_key, {
      value: JSON.parse(row.value) as FactValue,
      observedAt: row.observed_at,
    });
  }
  return byEntity;
}
