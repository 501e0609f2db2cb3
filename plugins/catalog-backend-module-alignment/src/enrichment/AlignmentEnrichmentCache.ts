import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type {
  AlignmentLevel,
  EntityRow,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentService } from '@lodestar/backstage-plugin-alignment-node';

/** What the catalog shows of one entity's latest alignment result. */
export interface EntityAlignmentSummary {
  level: AlignmentLevel;
  score: number;
  /** The owner the evaluation used, declared or inherited; absent when none. */
  owner?: string;
  /** True when any ownership check failed (the `ownership` drift signal). */
  ownershipDrift: boolean;
}

/** The largest page `GET /entities` serves. */
const PAGE_SIZE = 500;

function errorText(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`
    : String(error);
}

function summarize(row: EntityRow): EntityAlignmentSummary {
  return {
    level: row.level,
    score: row.score,
    owner: row.owner,
    ownershipDrift: row.signals?.includes('ownership') ?? false,
  };
}

/**
 * The alignment backend's latest results, kept in memory for the catalog
 * processor, which must answer per entity without calling out.
 *
 * A refresh reads every page of `GET /entities` and swaps the whole set in at
 * the end, so a refresh that fails half-way keeps the previous values
 * intact. Until the first refresh succeeds the cache is empty and entities
 * are left as they are.
 */
export class AlignmentEnrichmentCache {
  private readonly alignment: Pick<AlignmentService, 'listEntities'>;
  private readonly logger: LoggerService;
  private readonly credentials: () => Promise<BackstageCredentials>;
  private entries = new Map<string, EntityAlignmentSummary>();
  private refreshes = 0;
  private failing = false;

  constructor(options: {
    alignment: Pick<AlignmentService, 'listEntities'>;
    logger: LoggerService;
    /**
     * The module's own service credentials. Enrichment labels every entity
     * the catalog processes, whoever reads it later, so it reads every
     * result, on nobody's behalf.
     */
    credentials: () => Promise<BackstageCredentials>;
  }) {
    this.alignment = options.alignment;
    this.logger = options.logger;
    this.credentials = options.credentials;
  }

  /** The summary for a canonical lowercase ref, if the entity was evaluated. */
  get(entityRef: string): EntityAlignmentSummary | undefined {
    return this.entries.get(entityRef);
  }

  /** Counts successful refreshes; 0 until the first one. */
  get generation(): number {
    return this.refreshes;
  }

  /**
   * Reloads every result. Never throws: when the backend cannot be read the
   * last values stay, and the failure is logged once until it recovers
   * rather than on every attempt.
   */
  async refresh(signal?: AbortSignal): Promise<void> {
    let next: Map<string, EntityAlignmentSummary>;
    try {
      next = await this.readAll(signal);
    } catch (error) {
      if (signal?.aborted) {
        // Timeout or shutdown: not an outage worth a warning, and the next
        // scheduled run tries again.
        this.logger.debug('Alignment results refresh was cancelled');
        return;
      }
      if (!this.failing) {
        this.failing = true;
        this.logger.warn(
          `Could not read alignment results for the catalog; entities keep ${
            this.refreshes > 0 ? 'their last known' : 'no'
          } alignment labels until the alignment backend answers again: ${errorText(
            error,
          )}`,
        );
      } else {
        this.logger.debug(
          `Alignment results still unavailable: ${errorText(error)}`,
        );
      }
      return;
    }
    if (this.failing) {
      this.failing = false;
      this.logger.info('Alignment results can be read again');
    }
    this.entries = next;
    this.refreshes += 1;
  }

  private async readAll(
    signal?: AbortSignal,
  ): Promise<Map<string, EntityAlignmentSummary>> {
    const next = new Map<string, EntityAlignmentSummary>();
    const seenCursors = new Set<string>();
    let cursor: string | undefined;
    const credentials = await this.credentials();
    do {
      signal?.throwIfAborted();
      // Sorted by entity ref: a stable order, so a run published mid-way
      // cannot shuffle rows between pages as a score order would.
      const page = await this.alignment.listEntities(
        { sort: 'entityRef', order: 'asc', limit: PAGE_SIZE, cursor },
        { credentials },
      );
      for (const row of page.items) {
        next.set(row.entityRef.toLowerCase(), summarize(row));
      }
      cursor = page.nextCursor;
      if (cursor !== undefined) {
        if (seenCursors.has(cursor)) {
          throw new Error(`the backend returned cursor ${cursor} twice`);
        }
        seenCursors.add(cursor);
      }
    } while (cursor);
    return next;
  }
}
