import type { Entity } from '@backstage/catalog-model';
import {
  OBJECTIVE_STATUSES,
  type ObjectiveStatus,
} from '@lodestar/backstage-plugin-alignment-common';
import { measureText } from './measureText';

/** The fields of an Objective entity the page shows, as far as well-formed. */
export interface ObjectiveText {
  status?: ObjectiveStatus;
  horizon?: string;
  owner?: string;
  strategy?: string;
  successor?: string;
  /** Each measure as one line of text. */
  measures: string[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Reads an Objective's own fields from its entity. A page must not crash
 * on an entity that breaks the schema, so each is taken only when it has
 * the right shape.
 */
export function objectiveText(entity: Entity): ObjectiveText {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const status = text(spec.status) as ObjectiveStatus | undefined;
  const measures = Array.isArray(spec.measures) ? spec.measures : [];
  return {
    status: status && OBJECTIVE_STATUSES.includes(status) ? status : undefined,
    horizon: text(spec.horizon),
    owner: text(spec.owner),
    strategy: text(spec.strategy),
    successor: text(spec.successor),
    measures: measures.map(measureText).filter((m): m is string => Boolean(m)),
  };
}
