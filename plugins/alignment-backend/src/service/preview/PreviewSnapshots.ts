import type { Entity } from '@backstage/catalog-model';
import {
  AlignmentConfig,
  AlignmentEngine,
  CatalogSnapshot,
} from '@lodestar/backstage-plugin-alignment-common';
import type { CatalogReader } from '../../evaluation/CatalogReader';

/** The catalog as a preview sees it: context, evaluated entities and an engine. */
export interface PreviewSnapshot {
  snapshot: CatalogSnapshot;
  engine: AlignmentEngine;
  evaluated: Entity[];
  readAt: Date;
}

/**
 * The latest catalog snapshot for previews, so that a preview answers in
 * one request without reading the catalog. A whole-catalog run hands over
 * what it read; a replica that has not run reads the catalog itself on the
 * first preview. Older than `maxAgeMs`, it is read again.
 */
export class PreviewSnapshots {
  private held?: PreviewSnapshot;
  private reading?: Promise<PreviewSnapshot>;

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

  /** Takes over the snapshot and entities a run has just read. */
  offer(snapshot: CatalogSnapshot, evaluated: Entity[], readAt: Date): void {
    const engine = AlignmentEngine.create({
      snapshot,
      config: this.options.config,
    });
    this.held = { snapshot, engine, evaluated, readAt };
  }

  /** The latest snapshot, read now when there is none or it is too old. */
  async get(): Promise<PreviewSnapshot> {
    const { held } = this;
    if (
      held &&
      this.now().getTime() - held.readAt.getTime() < this.options.maxAgeMs
    ) {
      return held;
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
    return { snapshot, engine, evaluated, readAt };
  }
}
