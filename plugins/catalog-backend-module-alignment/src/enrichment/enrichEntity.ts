import { Entity } from '@backstage/catalog-model';
import {
  ALIGNMENT_LEVELS,
  declaredObjectiveRefs,
} from '@lodestar/backstage-plugin-alignment-common';
import { LODESTAR_ENRICHMENT_KEYS } from '@lodestar/backstage-plugin-alignment-node';
import type { OwnershipEnforcement } from '../config/readModuleConfig';
import type { EntityAlignmentSummary } from './AlignmentEnrichmentCache';
import {
  ANNOTATION_OBJECTIVES_SOURCE,
  ANNOTATION_OWNER_SOURCE,
  ANNOTATION_OWNERSHIP_WARNING,
  LABEL_ALIGNMENT_LEVEL,
  LABEL_ALIGNMENT_SCORE,
} from './constants';

function specString(entity: Entity, field: string): string | undefined {
  const value = (entity.spec as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * Where the owner comes from. The processor sees only this entity, so it
 * cannot name the parent an owner is inherited from; the evaluation's owner
 * tells inherited (it had one) from none.
 */
function ownerSource(entity: Entity, summary: EntityAlignmentSummary): string {
  if (specString(entity, 'owner')) return 'declared';
  return summary.owner ? 'inherited' : 'none';
}

/**
 * Where the objectives come from: declared here, else inherited when the
 * entity has a parent to inherit from (its System; a System's Domain), the
 * same chain the evaluation walks.
 */
function objectivesSource(entity: Entity): string {
  if (declaredObjectiveRefs(entity).length > 0) return 'declared';
  const kind = entity.kind.toLowerCase();
  if (kind === 'domain') return 'none';
  const parent = specString(entity, kind === 'system' ? 'domain' : 'system');
  return parent ? 'inherited' : 'none';
}

/** The warning text for an entity whose ownership checks fail. */
export function ownershipWarning(summary: EntityAlignmentSummary): string {
  const owner = summary.owner ? `owner ${summary.owner}` : 'no owner';
  return (
    `Lodestar: ownership checks fail (${owner}). The owner may not resolve ` +
    `to a group with members, or the entity lacks an on-call path; see its ` +
    `alignment scorecard for which check fails.`
  );
}

/**
 * The labels for a result. A value the catalog would reject as a label (an
 * unknown level from a newer backend, a missing score) is left out: alignment
 * data must never get an entity rejected.
 */
function alignmentLabels(
  summary: EntityAlignmentSummary,
): Record<string, string> {
  const labels: Record<string, string> = {};
  if (ALIGNMENT_LEVELS.includes(summary.level)) {
    labels[LABEL_ALIGNMENT_LEVEL] = summary.level;
  }
  if (Number.isFinite(summary.score)) {
    labels[LABEL_ALIGNMENT_SCORE] = String(Math.round(summary.score));
  }
  return labels;
}

function without(
  values: Record<string, string> | undefined,
  keys: readonly string[],
): Record<string, string> | undefined {
  if (!values || !keys.some(key => key in values)) return values;
  const kept = { ...values };
  for (const key of keys) delete kept[key];
  return Object.keys(kept).length ? kept : undefined;
}

/**
 * The entity without the labels and annotations that only Lodestar writes.
 * An author could otherwise preset a level, a score or a source, or an
 * empty ownership warning, and have the catalog show them as Lodestar's
 * word. The same entity comes back when it holds none of them.
 */
export function withoutLodestarKeys(entity: Entity): Entity {
  const labels = without(
    entity.metadata.labels,
    LODESTAR_ENRICHMENT_KEYS.labels,
  );
  const annotations = without(
    entity.metadata.annotations,
    LODESTAR_ENRICHMENT_KEYS.annotations,
  );
  if (
    labels === entity.metadata.labels &&
    annotations === entity.metadata.annotations
  ) {
    return entity;
  }
  const metadata = { ...entity.metadata, labels, annotations };
  if (!labels) delete metadata.labels;
  if (!annotations) delete metadata.annotations;
  return { ...entity, metadata };
}

/**
 * The entity with its latest alignment result added: the level and score
 * labels, the owner and objectives source annotations and, when enforcement
 * is `warn` and ownership checks fail, a warning annotation. Returns a new
 * entity. These keys are Lodestar's alone: whatever the author put under
 * them is replaced or removed; everything else the author wrote is kept.
 *
 * The warning is an annotation because Backstage has no warning processing
 * result: an emitted error rejects the entity, and a `status` item is refused
 * by the catalog's default root-field policy before it could be stored.
 */
export function enrichEntity(
  entity: Entity,
  summary: EntityAlignmentSummary,
  enforcement: OwnershipEnforcement,
): Entity {
  const annotations: Record<string, string> = {
    [ANNOTATION_OWNER_SOURCE]: ownerSource(entity, summary),
    [ANNOTATION_OBJECTIVES_SOURCE]: objectivesSource(entity),
  };
  if (enforcement === 'warn' && summary.ownershipDrift) {
    annotations[ANNOTATION_OWNERSHIP_WARNING] = ownershipWarning(summary);
  }
  const own = withoutLodestarKeys(entity);
  return {
    ...own,
    metadata: {
      ...own.metadata,
      labels: { ...own.metadata.labels, ...alignmentLabels(summary) },
      annotations: { ...own.metadata.annotations, ...annotations },
    },
  };
}
