import type { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogEntityChange,
  entityContentHash,
} from '@lodestar/backstage-plugin-alignment-node';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import { affectedEntities } from './affectedEntities';

/** Kinds whose change can move any entity's result: a whole run follows. */
// A Campaign's scope may be the whole catalog, and each entity in it stores
// its standing, so a campaign change re-judges everything like a principle.
const WHOLE_CATALOG_KINDS = new Set(['strategy', 'principle', 'campaign']);
/** Kinds other entities' checks resolve against. */
const CONTEXT_KINDS = new Set([
  'group',
  'user',
  'system',
  'domain',
  'objective',
]);
const REF_BATCH = 500;
// Any plugin may publish on the topic: past this many waiting changes, more
// are dropped (the whole run covers them) rather than held in memory.
const MAX_PENDING = 100_000;

interface PendingChange {
  change: CatalogEntityChange;
  announcedAt: number;
}

/**
 * Turns the catalog's announcements of changed entities into
 * re-evaluations of what they affect.
 *
 * The catalog module announces a change while it processes the entity,
 * before the catalog serves it. Each change waits here until the entity
 * the catalog serves has the announced content (checked every
 * `pollMs`, for all waiting changes in one read), or until `maxWaitMs`
 * has passed (another module may alter the entity after Lodestar's
 * processor has hashed it). Then:
 * - an evaluated entity is queued for re-evaluation;
 * - a context entity (group, user, system, domain, objective) marks the
 *   context changed for every replica, and queues the entities whose
 *   results depend on it;
 * - a Strategy, a Principle or a Campaign asks for a whole-catalog run, since its
 *   scope is, or may be, all of it.
 */
export class CatalogChangeHandler {
  private readonly pending = new Map<string, PendingChange>();
  private timer?: ReturnType<typeof setTimeout>;
  private checking?: Promise<void>;
  private droppedSinceCheck = 0;

  constructor(
    private readonly options: {
      db: AlignmentDatabase;
      evaluatedKinds: string[];
      logger: LoggerService;
      /** The entities as the catalog serves them; missing ones left out. */
      readEntities: (refs: string[]) => Promise<Entity[]>;
      /** An entity as the last evaluation saw it, when it is known. */
      previousVersion: (ref: string) => Entity | undefined;
      /** Queues entities for re-evaluation. */
      reevaluate: (refs: string[]) => void;
      /** Asks for a whole-catalog run soon. */
      requestFullRun: () => void;
      /** Told of each batch of changes the catalog now serves. */
      onChanged?: (entities: Entity[]) => void;
      pollMs?: number;
      maxWaitMs?: number;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Takes one announced change; a later one for the same entity replaces it. */
  add(change: CatalogEntityChange): void {
    const key = change.entityRef.toLocaleLowerCase('en-US');
    const earlier = this.pending.get(key);
    if (!earlier && this.pending.size >= MAX_PENDING) {
      this.droppedSinceCheck += 1;
      return;
    }
    this.pending.set(key, {
      change,
      announcedAt: earlier?.announcedAt ?? this.now(),
    });
    this.schedule();
  }

  /** Resolves once no change is waiting or being handled. */
  async idle(): Promise<void> {
    while (this.timer || this.checking || this.pending.size > 0) {
      await (this.checking ??
        new Promise(resolve =>
          setTimeout(resolve, this.options.pollMs ?? 500),
        ));
    }
  }

  /** Stops checking; waiting changes are left to the next full run. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private schedule(): void {
    if (this.timer || this.checking || this.pending.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.checking = this.check()
        .catch(error =>
          this.options.logger.error(
            `Lodestar could not handle catalog changes; the next full run will pick them up: ${error}`,
          ),
        )
        .finally(() => {
          this.checking = undefined;
          this.schedule();
        });
    }, this.options.pollMs ?? 500);
    // Waiting changes never keep a stopping process alive.
    this.timer.unref?.();
  }

  private async check(): Promise<void> {
    if (this.droppedSinceCheck > 0) {
      this.options.logger.warn(
        `Lodestar dropped ${this.droppedSinceCheck} catalog change announcements: ${MAX_PENDING} were already waiting. The next full run evaluates them.`,
      );
      this.droppedSinceCheck = 0;
    }
    const waiting = [...this.pending.values()];
    const served = new Map<string, Entity>();
    for (let i = 0; i < waiting.length; i += REF_BATCH) {
      const refs = waiting.slice(i, i + REF_BATCH).map(p => p.change.entityRef);
      for (const entity of await this.options.readEntities(refs)) {
        served.set(stringifyEntityRef(entity).toLowerCase(), entity);
      }
    }
    const ready: Entity[] = [];
    const deadline = this.now() - (this.options.maxWaitMs ?? 30_000);
    for (const { change, announcedAt } of waiting) {
      const key = change.entityRef.toLocaleLowerCase('en-US');
      // A newer announcement may have replaced this one meanwhile.
      if (this.pending.get(key)?.change !== change) continue;
      const entity = served.get(key);
      const current =
        entity && entityContentHash(entity) === change.contentHash;
      if (current || announcedAt < deadline) {
        this.pending.delete(key);
        if (entity) ready.push(entity);
      }
    }
    if (ready.length > 0) await this.handle(ready);
  }

  private async handle(entities: Entity[]): Promise<void> {
    this.options.onChanged?.(entities);
    const evaluated = new Set(
      this.options.evaluatedKinds.map(k => k.toLocaleLowerCase('en-US')),
    );
    const kindOf = (e: Entity) => e.kind.toLowerCase();
    if (entities.some(e => WHOLE_CATALOG_KINDS.has(kindOf(e)))) {
      this.options.requestFullRun();
    }
    const toEvaluate = new Set(
      entities.filter(e => evaluated.has(kindOf(e))).map(stringifyEntityRef),
    );
    const context = entities.filter(e => CONTEXT_KINDS.has(kindOf(e)));
    if (context.length > 0) {
      // Read before marking the change, after which the cached context is
      // replaced.
      const before = context.map(e =>
        this.options.previousVersion(stringifyEntityRef(e)),
      );
      await this.options.db.contextChanges.markChanged(new Date(this.now()));
      const summaries = await this.options.db.published.summaries();
      context.forEach((entity, i) => {
        for (const ref of affectedEntities(entity, before[i], summaries)) {
          toEvaluate.add(ref);
        }
      });
    }
    if (toEvaluate.size > 0) this.options.reevaluate([...toEvaluate]);
  }
}
