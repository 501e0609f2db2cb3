import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { retryOnDeadlock } from './retryOnDeadlock';
import type { WaiverRecord } from './types';

const WAIVERS = 'lodestar_waivers';

function fromRow(row: Record<string, any>): WaiverRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    checkId: row.check_id,
    reason: row.reason,
    expiresAt: row.expires_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string };
  return (
    e?.code === '23505' || // PostgreSQL
    e?.code === 'ER_DUP_ENTRY' || // MySQL
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed/.test(e?.message ?? '')
  );
}

/** Waivers: at most one per entity and check, each with an expiry. */
export class DatabaseWaiverStore {
  constructor(private readonly knex: Knex) {}

  async list(
    options: { entityRef?: string; activeAt?: string } = {},
  ): Promise<WaiverRecord[]> {
    const query = this.knex(WAIVERS).orderBy([
      { column: 'entity_ref' },
      { column: 'check_id' },
    ]);
    if (options.entityRef) query.where({ entity_ref: options.entityRef });
    if (options.activeAt) query.where('expires_at', '>', options.activeAt);
    return (await query).map(fromRow);
  }

  /** Active waivers grouped by entity, for an evaluation run. */
  async activeByEntity(at: string): Promise<Map<string, WaiverRecord[]>> {
    const byEntity = new Map<string, WaiverRecord[]>();
    for (const waiver of await this.list({ activeAt: at })) {
      const list = byEntity.get(waiver.entityRef) ?? [];
      list.push(waiver);
      byEntity.set(waiver.entityRef, list);
    }
    return byEntity;
  }

  /** Creates a waiver; an active one for the same check is a conflict. */
  async create(input: Omit<WaiverRecord, 'id'>): Promise<WaiverRecord> {
    const waiver: WaiverRecord = { id: randomUUID(), ...input };
    try {
      await retryOnDeadlock(() =>
        this.knex.transaction(async trx => {
          // An expired waiver for the same check is history, not a conflict.
          await trx(WAIVERS)
            .where({ entity_ref: input.entityRef, check_id: input.checkId })
            .andWhere('expires_at', '<=', input.createdAt)
            .delete();
          await trx(WAIVERS).insert({
            id: waiver.id,
            entity_ref: waiver.entityRef,
            check_id: waiver.checkId,
            reason: waiver.reason,
            expires_at: waiver.expiresAt,
            created_by: waiver.createdBy,
            created_at: waiver.createdAt,
          });
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(
          `${input.entityRef} already has an active waiver for ${input.checkId}; delete it first to change it`,
        );
      }
      throw error;
    }
    return waiver;
  }

  async get(id: string): Promise<WaiverRecord | undefined> {
    const row = await this.knex(WAIVERS).where({ id }).first();
    return row ? fromRow(row) : undefined;
  }

  async delete(id: string): Promise<WaiverRecord> {
    const waiver = await this.get(id);
    if (!waiver) throw new NotFoundError(`No waiver with id ${id}`);
    await this.knex(WAIVERS).where({ id }).delete();
    return waiver;
  }
}
