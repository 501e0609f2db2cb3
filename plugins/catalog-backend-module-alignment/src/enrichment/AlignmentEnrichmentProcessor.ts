import type { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { refOf } from '@lodestar/backstage-plugin-alignment-common';
import type { OwnershipEnforcement } from '../config/readModuleConfig';
import type { AlignmentEnrichmentCache } from './AlignmentEnrichmentCache';
import {
  enrichEntity,
  ownershipWarning,
  withoutLodestarKeys,
} from './enrichEntity';

/**
 * Adds each evaluated entity's latest alignment result to it, from the
 * {@link AlignmentEnrichmentCache}: labels, source annotations and, under
 * `warn` enforcement, an ownership warning. Entities the backend has not
 * evaluated, and every entity before the first successful load, pass
 * through untouched. It never rejects an entity.
 */
export class AlignmentEnrichmentProcessor implements CatalogProcessor {
  private readonly cache: AlignmentEnrichmentCache;
  private readonly enforcement: OwnershipEnforcement;
  private readonly logger: LoggerService;
  /** Entities warned about since the cache last changed. */
  private warned = new Set<string>();
  private warnedGeneration = 0;

  constructor(options: {
    cache: AlignmentEnrichmentCache;
    enforcement: OwnershipEnforcement;
    logger: LoggerService;
  }) {
    this.cache = options.cache;
    this.enforcement = options.enforcement;
    this.logger = options.logger;
  }

  getProcessorName(): string {
    return 'LodestarAlignmentEnrichmentProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    const ref = refOf(entity);
    const summary = this.cache.get(ref);
    if (!summary) {
      // Not evaluated yet: no level or warning, and none the author presets.
      return withoutLodestarKeys(entity);
    }
    if (this.enforcement === 'warn' && summary.ownershipDrift) {
      this.logWarningOnce(ref, ownershipWarning(summary));
    }
    return enrichEntity(entity, summary, this.enforcement);
  }

  /**
   * The catalog reprocesses every entity every few minutes; logging each time
   * would drown the log, so each entity is logged once per cache refresh.
   */
  private logWarningOnce(ref: string, message: string): void {
    if (this.warnedGeneration !== this.cache.generation) {
      this.warnedGeneration = this.cache.generation;
      this.warned = new Set();
    }
    if (this.warned.has(ref)) return;
    this.warned.add(ref);
    this.logger.warn(`${ref}: ${message}`, { entity: ref });
  }
}
