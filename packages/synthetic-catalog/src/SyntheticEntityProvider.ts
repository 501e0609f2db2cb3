import type { LoggerService } from '@backstage/backend-plugin-api';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { syntheticCampaigns } from './campaigns';
import { generateCatalog } from './generateCatalog';
import {
  CHANGING_PRINCIPLE,
  editPrinciple,
  readGeneration,
} from './principleChanges';
import { SYNTHETIC_LOCATION, toProvidedEntity } from './toProvidedEntity';

const OBJECTIVES_ANNOTATION = 'lodestar.dev/objectives';
/** Annotation naming the last generation that changed an entity. */
export const GENERATION_ANNOTATION = 'lodestar.dev/synthetic-generation';
const EVALUATED_KINDS = new Set(['Component', 'API', 'Resource', 'System']);

/** Options of {@link SyntheticEntityProvider}. */
export interface SyntheticEntityProviderOptions {
  /** How many evaluated entities (Components, APIs, Resources, Systems). */
  entities: number;
  /** Seed of the generator: the same seed gives the same catalog. */
  seed?: number;
  /**
   * A file holding a generation number. Each time it grows, `changePercent`
   * of the evaluated entities change, so benchmarks can measure runs over a
   * catalog that changes a little between them.
   */
  changeFile?: string;
  /** Share of evaluated entities changed per generation, in percent. */
  changePercent?: number;
  /**
   * A file holding a second generation number. Each time it grows, the
   * principle {@link CHANGING_PRINCIPLE} is edited (its rule negated or
   * restored), so benchmarks can measure how an edit of a principle
   * reaches the scorecards of the entities in its scope.
   */
  principleChangeFile?: string;
  /** How many active campaigns to add (see {@link syntheticCampaigns}); none by default. */
  campaigns?: number;
  /** How often the change files are read, in milliseconds. */
  pollMs?: number;
  logger: LoggerService;
}

/**
 * Fills the catalog with a deterministic synthetic organisation, strategy
 * (6 objectives, 30 principles) and `entities` evaluated entities, then
 * changes a fixed share of them whenever the change file's generation grows,
 * and edits one principle whenever the principle change file's grows.
 */
export class SyntheticEntityProvider implements EntityProvider {
  private readonly entities = new Map<string, Entity>();
  private readonly evaluatedRefs: string[] = [];
  private generation = 0;
  private principleGeneration = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: SyntheticEntityProviderOptions) {}

  getProviderName(): string {
    return 'lodestar-synthetic';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    const { entities, seed, logger } = this.options;
    const { changeFile, principleChangeFile } = this.options;
    const catalog = generateCatalog(entities, seed);
    [
      ...catalog.entities,
      ...syntheticCampaigns(this.options.campaigns ?? 0),
    ].forEach((generated, index) => {
      const entity = toProvidedEntity(generated, index);
      this.entities.set(stringifyEntityRef(entity), entity);
    });
    this.evaluatedRefs.push(
      ...SyntheticEntityProvider.evaluatedRefsOf(catalog.entities),
    );
    await connection.applyMutation({
      type: 'full',
      entities: [...this.entities.values()].map(entity => ({
        entity,
        locationKey: SYNTHETIC_LOCATION,
      })),
    });
    logger.info(
      `Synthetic catalog: ${this.entities.size} entities, ${this.evaluatedRefs.length} evaluated`,
    );
    // Generations reached before the start are the baseline: the catalog
    // starts as generated, and only later generations change it.
    if (changeFile || principleChangeFile) {
      this.generation = await readGeneration(changeFile);
      this.principleGeneration = await readGeneration(principleChangeFile);
      this.timer = setInterval(
        () =>
          this.applyChanges(connection)
            .then(() => this.applyPrincipleChanges(connection))
            .catch(error =>
              logger.error(`Synthetic catalog change failed: ${error}`),
            ),
        this.options.pollMs ?? 1000,
      );
      this.timer.unref();
    }
  }

  /** Stops watching the change files. */
  close(): void {
    clearInterval(this.timer);
  }

  /** Applies one batch of changes per generation the file moved forward. */
  async applyChanges(connection: EntityProviderConnection): Promise<number> {
    const target = await readGeneration(this.options.changeFile);
    const changed = new Map<string, Entity>();
    while (this.generation < target) {
      this.generation += 1;
      for (const ref of this.pickForGeneration(this.generation)) {
        const entity = this.toggleObjectives(
          this.entities.get(ref)!,
          this.generation,
        );
        this.entities.set(ref, entity);
        changed.set(ref, entity);
      }
    }
    if (changed.size === 0) return 0;
    await connection.applyMutation({
      type: 'delta',
      added: [...changed.values()].map(entity => ({
        entity,
        locationKey: SYNTHETIC_LOCATION,
      })),
      removed: [],
    });
    this.options.logger.info(
      `Synthetic catalog: generation ${this.generation}, ${changed.size} entities changed`,
    );
    return changed.size;
  }

  /**
   * Edits the principle once per generation the principle change file moved
   * forward; returns how many principles changed (0 or 1).
   */
  async applyPrincipleChanges(
    connection: EntityProviderConnection,
  ): Promise<number> {
    const target = await readGeneration(this.options.principleChangeFile);
    if (target <= this.principleGeneration) return 0;
    const ref = `principle:default/${CHANGING_PRINCIPLE}`;
    let principle = this.entities.get(ref)!;
    while (this.principleGeneration < target) {
      this.principleGeneration += 1;
      principle = editPrinciple(principle, this.principleGeneration);
    }
    this.entities.set(ref, principle);
    await connection.applyMutation({
      type: 'delta',
      added: [{ entity: principle, locationKey: SYNTHETIC_LOCATION }],
      removed: [],
    });
    this.options.logger.info(
      `Synthetic catalog: principle generation ${this.principleGeneration}, ${ref} edited`,
    );
    return 1;
  }

  /**
   * Refs of the evaluated entities of a generated catalog, in the order
   * generations pick from.
   */
  static evaluatedRefsOf(entities: Entity[]): string[] {
    return entities
      .filter(entity => EVALUATED_KINDS.has(entity.kind))
      .map(entity => stringifyEntityRef(entity));
  }

  /** How many of `evaluated` entities a generation changes. */
  static changesPerGeneration(evaluated: number, changePercent = 1): number {
    return Math.max(1, Math.round((evaluated * changePercent) / 100));
  }

  private pickForGeneration(generation: number): string[] {
    return SyntheticEntityProvider.picksForGeneration(
      this.evaluatedRefs,
      generation,
      this.options.changePercent,
    );
  }

  /**
   * Distinct evaluated entities a generation changes, the same on every
   * run, so a benchmark knows them before it moves the generation.
   */
  static picksForGeneration(
    refs: string[],
    generation: number,
    changePercent?: number,
  ): string[] {
    const count = SyntheticEntityProvider.changesPerGeneration(
      refs.length,
      changePercent,
    );
    // A prime stride spreads the picks over the catalog; a collision (when
    // the stride divides the size) moves on to the next free index.
    const stride = 7919;
    const picked = new Set<string>();
    let index = (generation * 104729) % refs.length;
    while (picked.size < Math.min(count, refs.length)) {
      while (picked.has(refs[index])) index = (index + 1) % refs.length;
      picked.add(refs[index]);
      index = (index + stride) % refs.length;
    }
    return [...picked];
  }

  /** Declares or withdraws the objectives an entity serves: its intent changes. */
  private toggleObjectives(entity: Entity, generation: number): Entity {
    const annotations: Record<string, string> = {
      ...entity.metadata.annotations,
      // Lets a benchmark see when the catalog has processed a generation.
      [GENERATION_ANNOTATION]: String(generation),
    };
    if (annotations[OBJECTIVES_ANNOTATION]) {
      delete annotations[OBJECTIVES_ANNOTATION];
    } else {
      annotations[OBJECTIVES_ANNOTATION] = 'win-us-midmarket';
    }
    return { ...entity, metadata: { ...entity.metadata, annotations } };
  }
}
