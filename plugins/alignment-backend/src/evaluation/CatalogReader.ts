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
/** What the checks and rules read of an evaluated entity. */
const EVALUATED_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec'];
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
    private readonly pageSize = 500,
  ) {}

  /**
   * Pages of the entities to evaluate, with only the fields the checks read.
   *
   * The catalog is scanned whole and the kinds kept here: it answers each
   * page of a kind-filtered query in time that grows with the catalog, so
   * filtered paging is quadratic (71 s for 50k entities on PostgreSQL),
   * while an unfiltered scan follows the entity id (9 s).
   */
  async *evaluatedPages(
    kinds: string[],
    signal?: AbortSignal,
  ): AsyncGenerator<Entity[]> {
    const wanted = new Set(kinds.map(k => k.toLocaleLowerCase('en-US')));
    for await (const page of this.pages(undefined, signal, EVALUATED_FIELDS)) {
      const kept = page.filter(e =>
        wanted.has(e.kind.toLocaleLowerCase('en-US')),
      );
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

  /** One entity, as the plugin sees it. */
  async entity(entityRef: string): Promise<Entity | undefined> {
    const credentials = await this.auth.getOwnServiceCredentials();
    return this.catalog.getEntityByRef(entityRef, { credentials });
  }

  /** Several entities by ref, as the plugin sees them; missing ones are left out. */
  async entities(entityRefs: string[]): Promise<Entity[]> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const response = await this.catalog.getEntitiesByRefs(
      { entityRefs },
      { credentials },
    );
    return response.items.filter((e): e is Entity => Boolean(e));
  }

  /** Everything the checks resolve references against. */
  async *contextEntities(signal?: AbortSignal): AsyncGenerator<Entity[]> {
    yield* this.pages(CONTEXT_KINDS, signal, undefined);
    yield* this.pages(['User'], signal, USER_FIELDS);
  }
}
