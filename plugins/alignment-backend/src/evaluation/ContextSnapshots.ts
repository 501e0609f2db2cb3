import type { Entity } from '@backstage/catalog-model';
import { CatalogSnapshot } from '@lodestar/backstage-plugin-alignment-common';
import type { DatabaseContextChanges } from '../database/DatabaseContextChanges';
import type { CatalogReader } from './CatalogReader';

// A cached context older than this is re-read before a re-evaluation, even
// without a recorded change: a missed announcement heals within this time.
const MAX_AGE_MS = 10 * 60 * 1000;

/**
 * The context that checks resolve references against (groups, users,
 * systems, domains, strategy, principles, campaigns), read from the catalog. A whole run always
 * reads it afresh; re-evaluations between runs reuse the last one read
 * unless the context has changed since, on any replica, or it is old.
 */
export class ContextSnapshots {
  private cached?: { value: CatalogSnapshot; readStartedAt: number };
  private reading?: Promise<CatalogSnapshot>;

  constructor(
    private readonly options: {
      reader: CatalogReader;
      contextChanges: DatabaseContextChanges;
      maxAgeMs?: number;
      /**
       * Adds what the catalog does not hold but the checks judge with
       * (campaigns proposed from strategy revisions); `whole` for the read
       * of a whole-catalog run.
       */
      extend?: (snapshot: CatalogSnapshot, whole: boolean) => Promise<void>;
    },
  ) {}

  /**
   * Reads the whole context now, and keeps it for re-evaluations; `whole`
   * when a whole-catalog run reads it.
   */
  async read(signal?: AbortSignal, whole = false): Promise<CatalogSnapshot> {
    const readStartedAt = Date.now();
    const value = new CatalogSnapshot({ complete: true });
    for await (const page of this.options.reader.contextEntities(signal)) {
      for (const entity of page) value.add(entity);
    }
    await this.options.extend?.(value, whole);
    if (!this.cached || this.cached.readStartedAt <= readStartedAt) {
      this.cached = { value, readStartedAt };
    }
    return value;
  }

  /** The kept context when it is still current, else a fresh one. */
  async recent(): Promise<CatalogSnapshot> {
    const cached = this.cached;
    if (cached) {
      const changedAt = await this.options.contextChanges.lastChangedAt();
      const fresh =
        Date.now() - cached.readStartedAt <
          (this.options.maxAgeMs ?? MAX_AGE_MS) &&
        (!changedAt || changedAt.getTime() < cached.readStartedAt);
      if (fresh) return cached.value;
    }
    // Re-evaluations that arrive together share one read.
    this.reading ??= this.read().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  /** An entity as the kept context has it, if it holds one. */
  previousVersion(entityRef: string): Entity | undefined {
    return this.cached?.value.get(entityRef);
  }
}
