import type { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';
import type { EventsService } from '@backstage/plugin-events-node';
import type { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CATALOG_ENTITY_CHANGED_TOPIC,
  CatalogEntityChange,
  entityContentHash,
} from '@lodestar/backstage-plugin-alignment-node';

const HASH_KEY = 'contentHash';

/**
 * Announces each new or changed entity on
 * {@link CATALOG_ENTITY_CHANGED_TOPIC} as the catalog processes it, so the
 * alignment backend re-evaluates it (and what depends on it) in seconds.
 *
 * The catalog reprocesses every entity every few minutes; the hash of the
 * last announced content, kept in the processor cache that the catalog
 * stores with the entity, makes an unchanged entity announce nothing, also
 * across restarts. It runs after the other processors so that it hashes the
 * entity as it will be stored.
 */
export class CatalogChangePublisher implements CatalogProcessor {
  constructor(
    private readonly options: { events: EventsService; logger: LoggerService },
  ) {}

  getProcessorName(): string {
    return 'LodestarCatalogChangePublisher';
  }

  getPriority(): number {
    return 1000;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    _emit: CatalogProcessorEmit,
    cache: CatalogProcessorCache,
  ): Promise<Entity> {
    const contentHash = entityContentHash(entity);
    const announced = await cache.get<string>(HASH_KEY);
    // The cache keeps only what this processing sets, so set it every time.
    await cache.set(HASH_KEY, contentHash);
    if (announced === contentHash) return entity;
    const change: CatalogEntityChange = {
      entityRef: stringifyEntityRef(entity),
      kind: entity.kind,
      contentHash,
    };
    // A lost announcement costs only freshness (the next full run catches
    // up), so it must never fail the entity's processing.
    this.options.events
      .publish({ topic: CATALOG_ENTITY_CHANGED_TOPIC, eventPayload: change })
      .catch(error =>
        this.options.logger.warn(
          `Could not announce the change of ${change.entityRef} to Lodestar: ${error}`,
        ),
      );
    return entity;
  }
}
