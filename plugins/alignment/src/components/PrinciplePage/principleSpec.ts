import type { Entity } from '@backstage/catalog-model';
import type {
  AppliesTo,
  Remediation,
} from '@lodestar/backstage-plugin-alignment-common';

/** What the page shows of a Principle's own text, whatever shape it has. */
export interface PrincipleText {
  rule: string;
  severity?: string;
  /** `active` when the entity does not say; other values are shown as written. */
  status: string;
  appliesTo?: AppliesTo;
  rationale?: string;
  tradeOff?: string;
  remediation?: Remediation;
  /** `spec.effectiveFrom`, when it is a date: the principle counts from then. */
  effectiveFrom?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function remediationOf(value: unknown): Remediation | undefined {
  if (typeof value === 'string')
    return text(value) ? { text: value } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const { text: prose, yaml } = value as Record<string, unknown>;
  if (!text(prose) && !text(yaml)) return undefined;
  return { text: text(prose) ?? '', yaml: text(yaml) };
}

/**
 * Reads a Principle's spec for display. The catalog keeps invalid principles
 * too (the page lists their schema problems), so nothing here trusts the
 * shape: a field of the wrong type is treated as absent.
 */
export function readPrincipleText(entity: Entity): PrincipleText {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const appliesTo = spec.appliesTo;
  return {
    rule: typeof spec.rule === 'string' ? spec.rule : '',
    severity: text(spec.severity),
    status: text(spec.status) ?? 'active',
    appliesTo:
      typeof appliesTo === 'object' &&
      appliesTo !== null &&
      !Array.isArray(appliesTo)
        ? (appliesTo as AppliesTo)
        : undefined,
    rationale: text(spec.rationale),
    tradeOff: text(spec.tradeOff),
    remediation: remediationOf(spec.remediation),
    effectiveFrom:
      typeof spec.effectiveFrom === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(spec.effectiveFrom)
        ? spec.effectiveFrom
        : undefined,
  };
}

/**
 * The draft `POST /preview` checks: the entity as the catalog holds it, with
 * the edited rule. Only the metadata the backend reads is sent, so the
 * catalog's own fields (uid, etag, annotations) stay out of the request.
 */
export function previewDraft(
  entity: Entity,
  rule: string,
): Record<string, unknown> {
  const { name, namespace, title } = entity.metadata;
  return {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: { name, namespace, ...(title !== undefined && { title }) },
    // Previewed as active: a deprecated principle checks nothing, and the
    // point is to see what it would do if it were in force.
    spec: { ...entity.spec, rule, status: 'active' },
  };
}
