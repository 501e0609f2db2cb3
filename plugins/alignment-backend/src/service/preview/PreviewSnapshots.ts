import type { Entity } from '@backstage/catalog-model';
import {
  AlignmentConfig,
  AlignmentEngine,
  CatalogSnapshot,
  ScoreParts,
  scorePartsOf,
} from '@lodestar/backstage-plugin-alignment-common';
import { inSlices } from '../../evaluation/inSlices';
import type { CatalogReader } from '../../evaluation/CatalogReader';

/** The catalog as a preview sees it: context, evaluated entities and an engine. */
export interface PreviewSnapshot {
  snapshot: CatalogSnapshot;
  engine: AlignmentEngine;
  /** The entities Lodestar evaluates, as the catalog held them. */
  evaluated: Entity[];
  /**
   * Each evaluated entity's score as parts, by canonical ref, so that a
   * preview evaluates only the draft, not every principle again.
   */
  scores: Map<string, ScoreParts>;
  readAt: Date;
}

// After a catalog change, a held snapshot at least this old is read again:
// changes can arrive every few seconds in a large catalog, and reading it
// costs seconds, so a preview may lag a change by up to this much.
const REREAD_AFTER_CHANGE_MS = 60_000;

/**
 * The latest catalog snapshot for previews, so that a preview answers in
 * one request without reading the catalog. A whole-catalog run hands over
 * what it read; a replica that has not run reads the catalog itself on the
 * first preview. Older than `maxAgeMs`, or a minute old when the catalog
 * has changed since, it is read again.
 */
export class PreviewSnapshots {
  private held?: PreviewSnapshot;
  private reading?: Promise<PreviewSnapshot>;
  private changedAt = 0;

  constructor(
    private readonly options: {
      reader: CatalogReader;
      config: AlignmentConfig;
      maxAgeMs: number;
      clock?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  /** Takes over what a run has just read and scored. */
  offer(read: Omit<PreviewSnapshot, 'engine'>): void {
    const engine = AlignmentEngine.create({
      snapshot: read.snapshot,
      config: this.options.config,
    });
    this.held = { ...read, engine };
  }

  /** Notes that the catalog has changed since the snapshot was read. */
  noteCatalogChange(): void {
    this.changedAt = this.now().getTime();
  }

  /** The latest snapshot, read now when there is none or it is too old. */
  async get(): Promise<PreviewSnapshot> {
    const { held } = this;
    if (held) {
      const readAt = held.readAt.getTime();
      const age = this.now().getTime() - readAt;
      const outdated = this.changedAt > readAt && age >= REREAD_AFTER_CHANGE_MS;
      if (age < this.options.maxAgeMs && !outdated) return held;
    }
    // Concurrent previews share one read; a failed one is not kept.
    this.reading ??= this.read()
      .then(read => (this.held = read))
      .finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async read(): Promise<PreviewSnapshot> {
    const { reader, config } = this.options;
    const readAt = this.now();
    const snapshot = new CatalogSnapshot({ complete: true });
    for await (const page of reader.contextEntities()) {
      for (const entity of page) snapshot.add(entity);
    }
    const evaluated: Entity[] = [];
    for await (const page of reader.evaluatedPages(config.evaluatedKinds)) {
      evaluated.push(...page);
    }
    const engine = AlignmentEngine.create({ snapshot, config });
    // No run handed its scores over: score every entity once, in slices.
    const scores = new Map<string, ScoreParts>();
    for await (const entity of inSlices(evaluated)) {
      const result = engine.evaluate(entity, { now: readAt });
      scores.set(
        result.entityRef,
        scorePartsOf(
          result.pillars.flatMap(p => p.checks),
          config.weights,
        ),
      );
    }
    return { snapshot, engine, evaluated, scores, readAt };
  }
}
