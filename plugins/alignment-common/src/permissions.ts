import {
  BasicPermission,
  createPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * The catalog's entity resource type. Waiver permissions are about a catalog
 * entity, so policies can decide them with the catalog's own rules
 * (`isEntityOwner`, `isEntityKind`, …) through the catalog's conditions.
 */
const CATALOG_ENTITY = 'catalog-entity';

/**
 * Allows creating a waiver, on the entity it waives a check of, which turns
 * a failing check into `waived` until it expires. A resource permission on
 * the catalog entity, so a policy can say "owners may waive checks on their
 * own entities"; the caller must also be able to read the entity.
 * @public
 */
export const alignmentWaiverCreatePermission = createPermission({
  name: 'lodestar.waiver.create',
  attributes: { action: 'create' },
  resourceType: CATALOG_ENTITY,
});

/**
 * Allows removing a waiver before it expires, decided on the entity the
 * waiver is on, like {@link alignmentWaiverCreatePermission}.
 * @public
 */
export const alignmentWaiverDeletePermission = createPermission({
  name: 'lodestar.waiver.delete',
  attributes: { action: 'delete' },
  resourceType: CATALOG_ENTITY,
});

/** Allows starting an evaluation run on demand. @public */
export const alignmentEvaluationRunPermission = createPermission({
  name: 'lodestar.evaluation.run',
  attributes: { action: 'create' },
});

/**
 * Allows seeing aggregates that are kept for the whole organisation and
 * cannot be narrowed to the entities a caller may read: the daily score
 * trend. Callers whose `catalog.entity.read` is unconditional see them
 * anyway; for the others, figures are computed over what they may read and
 * the trend is withheld unless a policy grants this.
 * @public
 */
export const alignmentAggregatesReadPermission = createPermission({
  name: 'lodestar.aggregates.read',
  attributes: { action: 'read' },
});

/**
 * Whether Lodestar's actions (for AI assistants over MCP and automation)
 * are offered to a caller at all. What they return is further limited to
 * the entities `catalog.entity.read` lets the caller see.
 * @public
 */
export const alignmentActionsReadPermission = createPermission({
  name: 'lodestar.actions.read',
  attributes: { action: 'read' },
});

/**
 * Previewing a draft principle against the whole estate (`POST /preview`):
 * it evaluates a rule the caller wrote over every entity, so it is granted
 * apart from reading. What it reports is limited to the entities
 * `catalog.entity.read` lets the caller see.
 * @public
 */
export const alignmentPrinciplePreviewPermission = createPermission({
  name: 'lodestar.principle.preview',
  attributes: { action: 'read' },
});

/**
 * Pushing facts for entities (`POST /facts`), as CI/CD pipelines do with
 * service tokens. Each entity must also be one `catalog.entity.read` lets
 * the caller see. A basic permission, so one decision covers a batch.
 * @public
 */
export const alignmentFactsWritePermission = createPermission({
  name: 'lodestar.facts.write',
  attributes: { action: 'create' },
});

/**
 * Recording values of objectives' measures (`POST /measures`), as business
 * systems do with service tokens. The objective must be one the caller may
 * read.
 * @public
 */
export const alignmentMeasuresWritePermission = createPermission({
  name: 'lodestar.measures.write',
  attributes: { action: 'create' },
});

/**
 * Accepting a campaign that Lodestar proposed from a strategy revision
 * (`POST /campaigns/proposals/:id/accept`), which makes it active and asks
 * something of every owner in its scope. For stewards; each acceptance is
 * audited.
 * @public
 */
export const alignmentCampaignAcceptPermission = createPermission({
  name: 'lodestar.campaign.accept',
  attributes: { action: 'update' },
});

// Typed here, not inferred: the inferred union's order changed from one
// build to the next, and with it the API report.
/** Every permission the alignment plugin defines. @public */
export const alignmentPermissions: Array<
  ResourcePermission<'catalog-entity'> | BasicPermission
> = [
  alignmentWaiverCreatePermission,
  alignmentWaiverDeletePermission,
  alignmentEvaluationRunPermission,
  alignmentAggregatesReadPermission,
  alignmentActionsReadPermission,
  alignmentPrinciplePreviewPermission,
  alignmentFactsWritePermission,
  alignmentMeasuresWritePermission,
  alignmentCampaignAcceptPermission,
];
