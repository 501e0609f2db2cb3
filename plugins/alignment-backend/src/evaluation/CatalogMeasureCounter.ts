import { Entity } from '@backstage/catalog-model';
import {
  CatalogSnapshot,
  compileRule,
  CompiledRule,
  isLodestarEntity,
  isTypedMeasure,
  ObjectiveEntity,
  StrategyEntity,
  TypedMeasure,
  refOf,
  RuleContext,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';

interface CountedMeasure {
  objectiveRef: string;
  measureId: string;
  aggregate: 'count' | 'share';
  where: CompiledRule;
  of?: CompiledRule;
  matching: number;
  whole: number;
}

function validOfKind(snapshot: CatalogSnapshot, kind: string): Entity[] {
  return snapshot
    .ofKind(kind)
    .filter(e => isLodestarEntity(e) && validateLodestarEntity(e).length === 0);
}

function matches(rule: CompiledRule, context: RuleContext): boolean {
  try {
    return rule.evaluate(context);
  } catch {
    // A predicate failing on one entity (a missing field) does not match it.
    return false;
  }
}

/**
 * The measures computed from the catalog (`source: catalog`): counts, or
 * shares, of the evaluated entities matching a CEL predicate, taken as a
 * whole-catalog run goes through its entities, and recorded once per day.
 * The measures of objectives and of a strategy's trajectory; only valid
 * entities count, since one that fails validation has no numbers to trust.
 */
export class CatalogMeasureCounter {
  private constructor(private readonly measures: CountedMeasure[]) {}

  /** The counter for the catalog measures of the objectives in the snapshot. */
  static of(snapshot: CatalogSnapshot): CatalogMeasureCounter {
    const measures: CountedMeasure[] = [];
    const add = (ownerRef: string, measure: unknown) => {
      if (!isTypedMeasure(measure as any)) return;
      const typed = measure as TypedMeasure;
      if (typed.source !== 'catalog' || !typed.catalog) return;
      const where = compileRule(typed.catalog.where);
      const of = typed.catalog.of ? compileRule(typed.catalog.of) : undefined;
      if (!where.ok || (of && !of.ok)) return;
      measures.push({
        objectiveRef: ownerRef,
        measureId: typed.id,
        aggregate: typed.catalog.aggregate,
        where,
        of: of?.ok ? of : undefined,
        matching: 0,
        whole: 0,
      });
    };
    for (const objective of validOfKind(snapshot, 'objective')) {
      for (const measure of (objective as ObjectiveEntity).spec.measures ?? [])
        add(refOf(objective), measure);
    }
    // A strategy's trajectory directions are measured the same way, kept
    // under the strategy's ref.
    for (const strategy of validOfKind(snapshot, 'strategy')) {
      for (const item of (strategy as StrategyEntity).spec.trajectory ?? []) {
        if (typeof item !== 'string' && item.measure)
          add(refOf(strategy), item.measure);
      }
    }
    return new CatalogMeasureCounter(measures);
  }

  /** Counts one evaluated entity. */
  add(entity: Entity): void {
    if (this.measures.length === 0) return;
    const context: RuleContext = {
      entity,
      owner: null,
      system: null,
      domain: null,
      objectives: [],
      facts: {},
      now: new Date(),
    };
    for (const measure of this.measures) {
      const inWhole = measure.of ? matches(measure.of, context) : true;
      if (!inWhole) continue;
      measure.whole += 1;
      if (matches(measure.where, context)) measure.matching += 1;
    }
  }

  /** The values: a count, or a percentage of the whole (0 when the whole is empty). */
  values(): Array<{ objectiveRef: string; measureId: string; value: number }> {
    const share = (m: CountedMeasure) =>
      m.whole === 0 ? 0 : Math.round((1000 * m.matching) / m.whole) / 10;
    return this.measures.map(m => ({
      objectiveRef: m.objectiveRef,
      measureId: m.measureId,
      value: m.aggregate === 'count' ? m.matching : share(m),
    }));
  }
}
