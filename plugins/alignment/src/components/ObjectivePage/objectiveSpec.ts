import type { Entity } from '@backstage/catalog-model';
import {
  OBJECTIVE_STATUSES,
  type ObjectiveStatus,
} from '@lodestar/backstage-plugin-alignment-common';

/** The fields of an Objective entity the page shows, as far as well-formed. */
export interface ObjectiveText {
  status?: ObjectiveStatus;
  horizon?: string;
  owner?: string;
  strategy?: string;
  successor?: string;
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
  return {
    status: status && OBJECTIVE_STATUSES.includes(status) ? status : undefined,
    horizon: text(spec.horizon),
    owner: text(spec.owner),
    strategy: text(spec.strategy),
    successor: text(spec.successor),
  };
}
