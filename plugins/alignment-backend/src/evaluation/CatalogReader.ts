import type { AuthService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Kinds other entities point at, or that judge them (principles and
 * campaigns): read whole, before evaluating.
 */
const CONTEXT_KINDS = [
  'Group',
  'System',
  'Domain',
  'Strategy',
  'Objective',
  'Principle',
  'Campaign',
];
/**
 * What the checks and rules read of an evaluated entity: the entity as its
 * owners wrote it, without what the catalog adds (relations, status). Every
 * evaluation, of the whole catalog or of one entity, sees the same.
 */
export function asEvaluated(entity: Entity): Entity {
  const { apiVersion, kind, metadata, spec } = entity;
  return spec === undefined
    ? { apiVersion, kind, metadata }
    : { apiVersion, kind, metadata, spec };
}
/** Users only matter as group members. */
const USER_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.memberOf',
  'relations',
];

/** Reads the catalog for an evaluation, page by page, as the plugin itself. */
export class CatalogReader {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    readonly pageSize = 500,
  ) {}

  /**
   * Pages of the entities to evaluate, as the checks read them.
   *
   * The catalog is scanned whole and the kinds kept here: it answers each
   * page of a kind-filtered query in time that grows with the catalog, so
   * filtered paging is quadratic (71 s for 50k entities on PostgreSQL),
   * while an unfiltered scan follows the entity id (9 s). Whole entities
   * are asked for and trimmed here: the catalog sends stored entities as
   * they are, while choosing fields makes it parse and print each one.
   */
  async *evaluatedPages(
    kinds: string[],
    signal?: AbortSignal,
  ): AsyncGenerator<Entity[]> {
    const wanted = new Set(kinds.map(k => k.toLocaleLowerCase('en-US')));
    for await (const page of this.pages(undefined, signal)) {
      const kept: Entity[] = [];
      for (const entity of page) {
        if (wanted.has(entity.kind.toLowerCase()))
          kept.push(asEvaluated(entity));
      }
      if (kept.length > 0) yield kept;
    }
  }

  /**
   * Pages of the given kinds (all kinds without), following the cursor in
   * the catalog's own order; never one giant request. Without `fields`,
   * whole entities.
   */
  private async *pages(
    kinds: string[] | undefined,
    signal: AbortSignal | undefined,
    fields?: string[],
  ): AsyncGenerator<Entity[]> {
    const credentials = await this.auth.getOwnServiceCredentials();
    let cursor: string | undefined;
    do {
      if (signal?.aborted) throw new Error('The evaluation was aborted');
      const response = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: this.pageSize, ...(fields && { fields }) }
          : {
              ...(kinds && { filter: { kind: kinds } }),
              limit: this.pageSize,
              ...(fields && { fields }),
              // The run never shows a total; counting costs a full scan.
              totalItems: 'exclude',
            },
        { credentials },
      );
      if (response.items.length > 0) yield response.items;
      cursor = response.pageInfo.nextCursor;
    } while (cursor);
  }

  /** One entity, as the plugin sees it and the checks read it. */
  async entity(entityRef: string): Promise<Entity | undefined> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    return entity && asEvaluated(entity);
  }

  /**
   * Several entities by ref, as the plugin sees them and the checks read
   * them; missing ones are left out.
   */
  async entities(entityRefs: string[]): Promise<Entity[]> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const response = await this.catalog.getEntitiesByRefs(
      { entityRefs },
      { credentials },
    );
    return response.items
      .filter((e): e is Entity => Boolean(e))
      .map(asEvaluated);
  }

  /** Everything the checks resolve references against. */
  async *contextEntities(signal?: AbortSignal): AsyncGenerator<Entity[]> {
    yield* this.pages(CONTEXT_KINDS, signal, undefined);
    yield* this.pages(['User'], signal, USER_FIELDS);
  }
}
