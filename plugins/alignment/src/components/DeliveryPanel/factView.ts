import type {
  EntityFactsResponse,
  EntityFactView,
  FactValue,
} from '@lodestar/backstage-plugin-alignment-common';
import { formatQuantity } from '../common/formatQuantity';
import { DORA_KEYS, doraUnit, isDoraKey } from '../common/doraKeys';

/** A declared key as the facts response describes it. */
export type FactDefinitionView = EntityFactsResponse['definitions'][number];

/** Whether a fact a rule may read is there for it: rules see a stale one as missing. */
export type Freshness = 'fresh' | 'stale' | 'missing';

/** One key of the panel: its definition, its value if any, and whether a principle reads it. */
export interface FactLine {
  key: string;
  definition?: FactDefinitionView;
  fact?: EntityFactView;
  unit?: string;
  readByRules: boolean;
  freshness: Freshness;
}

function freshnessOf(fact?: EntityFactView): Freshness {
  if (!fact) return 'missing';
  return fact.stale ? 'stale' : 'fresh';
}

function lineOf(response: EntityFactsResponse, key: string): FactLine {
  const definition = response.definitions.find(d => d.key === key);
  const fact = response.facts.find(f => f.key === key);
  return {
    key,
    definition,
    fact,
    unit: definition?.unit ?? doraUnit(key),
    readByRules: response.readByRules.includes(key),
    freshness: freshnessOf(fact),
  };
}

/** The four DORA keys, whether or not the entity reports them. */
export function doraLines(response: EntityFactsResponse): FactLine[] {
  return DORA_KEYS.map(key => lineOf(response, key));
}

/**
 * The other keys worth a line: those with a value, then those a principle
 * reads but the entity lacks, since their checks show No data.
 */
export function otherLines(response: EntityFactsResponse): FactLine[] {
  const withValue = response.facts.map(f => f.key);
  const readOnly = response.readByRules.filter(k => !withValue.includes(k));
  return [...new Set([...withValue, ...readOnly])]
    .filter(key => !isDoraKey(key))
    .map(key => lineOf(response, key));
}

/** Every key a principle reads, DORA or not: what an entity without facts lacks. */
export function readLines(response: EntityFactsResponse): FactLine[] {
  return response.readByRules.map(key => lineOf(response, key));
}

/** A fact's value for display: numbers with their unit, booleans as yes or no. */
export function formatFactValue(value: FactValue, unit?: string): string {
  if (typeof value === 'number') return formatQuantity(value, unit);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}
