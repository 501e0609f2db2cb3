import type { LoggerService } from '@backstage/backend-plugin-api';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { readFile } from 'node:fs/promises';
import { generateCatalog } from './generateCatalog';
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
  /** How often the change file is read, in milliseconds. */
  pollMs?: number;
  logger: LoggerService;
}

/**
 * Fills the catalog with a deterministic synthetic organisation, strategy
 * (6 objectives, 30 principles) and `entities` evaluated entities, then
 * changes a fixed share of them whenever the change file's generation grows.
 */
export class SyntheticEntityProvider implements EntityProvider {
  private readonly entities = new Map<string, Entity>();
  private readonly evaluatedRefs: string[] = [];
  private generation = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: SyntheticEntityProviderOptions) {}

  getProviderName(): string {
    return 'lodestar-synthetic';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    const { entities, seed, logger, changeFile } = this.options;
    const catalog = generateCatalog(entities, seed);
    catalog.entities.forEach((generated, index) => {
      const entity = toProvidedEntity(generated, index);
      const ref = stringifyEntityRef(entity);
      this.entities.set(ref, entity);
      if (EVALUATED_KINDS.has(entity.kind)) this.evaluatedRefs.push(ref);
    });
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
    if (changeFile) {
      this.generation = await this.readGeneration();
      this.timer = setInterval(
        () =>
          this.applyChanges(connection).catch(error =>
            logger.error(`Synthetic catalog change failed: ${error}`),
          ),
        this.options.pollMs ?? 1000,
      );
      this.timer.unref();
    }
  }

  /** Stops watching the change file. */
  close(): void {
    clearInterval(this.timer);
  }

  private async readGeneration(): Promise<number> {
    try {
      const text = await readFile(this.options.changeFile!, 'utf8');
      return Number.parseInt(text.trim(), 10) || 0;
    } catch {
      return 0;
    }
  }

  /** Applies one batch of changes per generation the file moved forward. */
  async applyChanges(connection: EntityProviderConnection): Promise<number> {
    const target = await this.readGeneration();
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

  /** How many of `evaluated` entities a generation changes. */
  static changesPerGeneration(evaluated: number, changePercent = 1): number {
    return Math.max(1, Math.round((evaluated * changePercent) / 100));
  }

  /** Distinct evaluated entities to change, the same for a generation on every run. */
  private pickForGeneration(generation: number): string[] {
    const refs = this.evaluatedRefs;
    const count = SyntheticEntityProvider.changesPerGeneration(
      refs.length,
      this.options.changePercent,
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
