import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DORA_FACTS,
  FACT_TYPES,
  FactDefinition,
  FactType,
} from '@lodestar/backstage-plugin-alignment-common';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_MAX_AGE_DAYS = 14;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

/**
 * The fact keys rules may read: the four DORA keys, then those declared
 * under `lodestar.facts`. Declaring a DORA key again changes its unit,
 * description or maximum age, and keeps its bands. A bad declaration stops
 * the backend at start with the key and field named, rather than turning
 * every push of that key into a rejection later.
 */
export function readFactDefinitions(config: Config): FactDefinition[] {
  const byKey = new Map(DORA_FACTS.map(d => [d.key, d]));
  for (const key of config.keys()) {
    if (!KEY.test(key)) {
      throw new InputError(
        `lodestar.facts.${key}: a fact key must start with a letter and hold only letters, digits and _ (at most 100)`,
      );
    }
    const entry = config.getConfig(key);
    const type = entry.getString('type') as FactType;
    if (!FACT_TYPES.includes(type)) {
      throw new InputError(
        `lodestar.facts.${key}.type must be one of ${FACT_TYPES.join(', ')}`,
      );
    }
    const builtIn = byKey.get(key);
    if (builtIn && type !== builtIn.type) {
      throw new InputError(
        `lodestar.facts.${key}.type must stay ${builtIn.type}: it is a DORA key`,
      );
    }
    const maxAgeDays = entry.getOptionalNumber('maxAgeDays');
    if (maxAgeDays !== undefined && !(maxAgeDays > 0)) {
      throw new InputError(
        `lodestar.facts.${key}.maxAgeDays must be a positive number of days`,
      );
    }
    const definition: FactDefinition = {
      ...builtIn,
      key,
      type,
      maxAgeMs:
        maxAgeDays !== undefined
          ? maxAgeDays * DAY_MS
          : builtIn?.maxAgeMs ?? DEFAULT_MAX_AGE_DAYS * DAY_MS,
    };
    const unit = entry.getOptionalString('unit');
    const description = entry.getOptionalString('description');
    if (unit) definition.unit = unit;
    if (description) definition.description = description;
    byKey.set(key, definition);
  }
  return [...byKey.values()];
}
