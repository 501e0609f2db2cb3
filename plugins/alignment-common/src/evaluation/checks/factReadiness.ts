import type { FactDefinition, FactValue } from '../../facts/types';
import type { EntityContext } from '../EntityContext';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The facts a rule may read on one entity, and why the others are missing. */
export interface FactReadiness {
  /** Fresh values by key: what rules see as `facts`. */
  fresh: Record<string, FactValue>;
  /** Why a key is unusable (never arrived, or stale), by key. */
  unusable: Map<string, string>;
}

function age(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'}`;
  const hours = Math.max(1, Math.floor(ms / (60 * 60 * 1000)));
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

// Built once per configuration, not once per entity: this runs for every
// evaluated entity that has facts.
const byKey = new WeakMap<
  readonly FactDefinition[],
  ReadonlyMap<string, FactDefinition>
>();

function definitionsByKey(
  facts: readonly FactDefinition[],
): ReadonlyMap<string, FactDefinition> {
  let map = byKey.get(facts);
  if (!map) {
    map = new Map(facts.map(d => [d.key, d]));
    byKey.set(facts, map);
  }
  return map;
}

// Most entities have no facts; they share one empty, frozen answer.
const NOTHING_READY: FactReadiness = {
  fresh: Object.freeze({}) as Record<string, FactValue>,
  unusable: new Map(),
};

/**
 * Splits an entity's facts into fresh ones, which rules read, and stale
 * ones, which count as missing: a deployment frequency from last quarter
 * says nothing about today. A value for an undeclared key is ignored.
 */
export function factReadiness(context: EntityContext): FactReadiness {
  if (context.facts.size === 0) return NOTHING_READY;
  const fresh: Record<string, FactValue> = {};
  const unusable = new Map<string, string>();
  const definitions = definitionsByKey(context.config.facts);
  for (const [key, fact] of context.facts) {
    const definition = definitions.get(key);
    if (!definition) continue;
    const elapsed = context.now.getTime() - Date.parse(fact.observedAt);
    if (elapsed > definition.maxAgeMs) {
      unusable.set(
        key,
        `\`${key}\` is stale: its last value is ${age(
          elapsed,
        )} old, over the maximum of ${age(definition.maxAgeMs)}`,
      );
    } else {
      fresh[key] = fact.value;
    }
  }
  return { fresh, unusable };
}

/**
 * Why a rule needing `keys` cannot run on this entity, naming every
 * missing or stale key; undefined when all of them are fresh.
 */
export function missingFacts(
  keys: ReadonlySet<string>,
  readiness: FactReadiness,
): string | undefined {
  const problems: string[] = [];
  for (const key of keys) {
    if (key in readiness.fresh) continue;
    problems.push(
      readiness.unusable.get(key) ?? `no value of \`${key}\` has arrived`,
    );
  }
  if (problems.length === 0) return undefined;
  return `No data: the rule reads facts this entity lacks: ${problems.join(
    '; ',
  )}.`;
}
