/*
 * The 30 principles of the benchmark, each as a CEL rule (what Lodestar
 * runs) and as json-rules-engine conditions (what Backstage Tech Insights
 * runs), over the same entities.
 *
 * The rules use the constructs real principles use (has(), in, size(),
 * exists/all, startsWith/contains/matches, ==, !, &&, ||) over all five
 * rule variables, and every appliesTo field. Each rule is guarded with
 * has() so that it yields true or false, never an error, on every entity
 * it applies to: that is what makes a boolean-for-boolean comparison with
 * json-rules-engine meaningful.
 *
 * json-rules-engine reads flat facts, not nested JSON, so `flattenFacts`
 * computes them once per entity from the same rule context the engine
 * builds. That is how Tech Insights works too (fact retrievers store flat
 * facts; checks read them), and it favours json-rules-engine: the
 * flattening is not counted in its time. Where its built-in operators
 * cannot express a CEL construct (startsWith, exists over a list of
 * objects, regex) a small custom operator does, as Tech Insights allows.
 */
import type { NestedCondition, TopLevelCondition } from 'json-rules-engine';
import type {
  AppliesTo,
  PrincipleEntity,
  RuleContext,
  Severity,
} from '@lodestar/backstage-plugin-alignment-common';

/** One principle of the benchmark, in both languages. */
export interface BenchPrinciple {
  name: string;
  severity: Severity;
  appliesTo?: AppliesTo;
  /** The CEL rule, as a Principle entity declares it. */
  rule: string;
  /** The same rule as json-rules-engine conditions over {@link FlatFacts}. */
  conditions: TopLevelCondition;
}

type Condition = NestedCondition;
const fact = (
  name: keyof FlatFacts,
  operator: string,
  value: unknown,
): Condition => ({ fact: name, operator, value } as Condition);
const all = (...conditions: Condition[]): TopLevelCondition => ({
  all: conditions,
});
const any = (...conditions: Condition[]): Condition => ({ any: conditions });

export const BENCH_PRINCIPLES: BenchPrinciple[] = [
  {
    name: 'owned-by-a-team',
    severity: 'high',
    appliesTo: { kind: ['Component', 'API', 'Resource', 'System'] },
    rule: "owner != null && owner.kind == 'Group' && has(owner.spec.type) && owner.spec.type == 'team'",
    conditions: all(
      fact('ownerKind', 'equal', 'Group'),
      fact('ownerType', 'equal', 'team'),
    ),
  },
  {
    name: 'services-expose-apis',
    severity: 'high',
    appliesTo: { kind: 'Component', type: 'service', lifecycle: 'production' },
    rule: 'has(entity.spec.providesApis) && size(entity.spec.providesApis) > 0',
    conditions: all(fact('providesApiCount', 'greaterThan', 0)),
  },
  {
    name: 'integrate-through-event-bus',
    severity: 'medium',
    appliesTo: { kind: 'Component', type: 'service', lifecycle: 'production' },
    rule: "has(entity.spec.dependsOn) && entity.spec.dependsOn.exists(d, d == 'resource:event-bus' || d == 'resource:default/event-bus')",
    conditions: all(
      any(
        fact('dependsOn', 'contains', 'resource:event-bus'),
        fact('dependsOn', 'contains', 'resource:default/event-bus'),
      ),
    ),
  },
  {
    name: 'experiments-pursue-an-objective',
    severity: 'medium',
    appliesTo: { kind: 'Component', lifecycle: 'experimental' },
    rule: "size(objectives) > 0 && objectives.all(o, o.spec.status != 'retired')",
    conditions: all(
      fact('objectiveCount', 'greaterThan', 0),
      fact('objectiveStatuses', 'doesNotContain', 'retired'),
    ),
  },
  {
    name: 'public-apis-in-developer-portal',
    severity: 'medium',
    appliesTo: { kind: 'API', lifecycle: 'production', tags: 'public' },
    rule: "entity.spec.type == 'openapi' && has(entity.metadata.links) && entity.metadata.links.exists(l, l.url.startsWith('https://developers.acme.example/'))",
    conditions: all(
      fact('specType', 'equal', 'openapi'),
      fact('linkUrls', 'anyStartsWith', 'https://developers.acme.example/'),
    ),
  },
  {
    name: 'production-belongs-to-a-domain',
    severity: 'medium',
    appliesTo: { kind: 'Component', lifecycle: 'production' },
    rule: 'system != null && has(system.spec.domain)',
    conditions: all(fact('systemHasDomain', 'equal', true)),
  },
  {
    name: 'documented-in-techdocs',
    severity: 'low',
    appliesTo: { kind: 'Component', type: ['service', 'website'] },
    rule: "has(entity.metadata.annotations) && 'backstage.io/techdocs-ref' in entity.metadata.annotations",
    conditions: all(
      fact('annotationKeys', 'contains', 'backstage.io/techdocs-ref'),
    ),
  },
  {
    name: 'us-data-residency',
    severity: 'critical',
    appliesTo: { kind: 'Resource', type: 'database' },
    rule: "has(entity.metadata.labels) && has(entity.metadata.labels.region) && entity.metadata.labels.region.startsWith('us-')",
    conditions: all(fact('labelRegion', 'startsWith', 'us-')),
  },
  {
    name: 'customer-apps-use-sso',
    severity: 'critical',
    appliesTo: { kind: 'Component', type: 'website', tags: 'customer-facing' },
    rule: "has(entity.spec.consumesApis) && entity.spec.consumesApis.exists(a, a in ['identity-api', 'api:identity-api', 'api:default/identity-api'])",
    conditions: all(
      fact('consumesApis', 'containsAny', [
        'identity-api',
        'api:identity-api',
        'api:default/identity-api',
      ]),
    ),
  },
  {
    name: 'described',
    severity: 'low',
    appliesTo: { kind: ['Component', 'API', 'System'] },
    rule: 'has(entity.metadata.description) && size(entity.metadata.description) >= 20',
    conditions: all(fact('descriptionLength', 'greaterThanInclusive', 20)),
  },
  {
    name: 'tagged-with-language',
    severity: 'low',
    appliesTo: { kind: 'Component', type: ['service', 'library'] },
    rule: "has(entity.metadata.tags) && entity.metadata.tags.exists(t, t in ['java', 'kotlin', 'go', 'python', 'typescript', 'rust'])",
    conditions: all(
      fact('tags', 'containsAny', [
        'java',
        'kotlin',
        'go',
        'python',
        'typescript',
        'rust',
      ]),
    ),
  },
  {
    name: 'at-most-eight-tags',
    severity: 'low',
    rule: '!has(entity.metadata.tags) || size(entity.metadata.tags) <= 8',
    conditions: all(fact('tagCount', 'lessThanInclusive', 8)),
  },
  {
    name: 'source-on-github',
    severity: 'medium',
    appliesTo: { kind: 'Component' },
    rule: "has(entity.metadata.annotations) && 'backstage.io/source-location' in entity.metadata.annotations && entity.metadata.annotations['backstage.io/source-location'].startsWith('url:https://github.com/')",
    conditions: all(
      fact('sourceLocation', 'startsWith', 'url:https://github.com/'),
    ),
  },
  {
    name: 'production-services-on-call',
    severity: 'critical',
    appliesTo: { kind: 'Component', type: 'service', lifecycle: 'production' },
    rule: "has(entity.metadata.annotations) && ('pagerduty.com/service-id' in entity.metadata.annotations || 'opsgenie.com/team' in entity.metadata.annotations)",
    conditions: all(
      any(
        fact('annotationKeys', 'contains', 'pagerduty.com/service-id'),
        fact('annotationKeys', 'contains', 'opsgenie.com/team'),
      ),
    ),
  },
  {
    name: 'reviewed-since-series-b',
    severity: 'medium',
    appliesTo: { kind: ['Component', 'API', 'System'] },
    rule: "has(entity.metadata.annotations) && 'lodestar.dev/reviewed-at' in entity.metadata.annotations && entity.metadata.annotations['lodestar.dev/reviewed-at'] >= '2026-03-02'",
    conditions: all(fact('reviewedAt', 'stringAtLeast', '2026-03-02')),
  },
  {
    name: 'serves-an-active-objective',
    severity: 'high',
    appliesTo: { kind: ['Component', 'System'] },
    rule: "objectives.exists(o, o.spec.status == 'active')",
    conditions: all(fact('objectiveStatuses', 'contains', 'active')),
  },
  {
    name: 'no-retired-objectives',
    severity: 'high',
    appliesTo: { kind: ['Component', 'API', 'Resource', 'System'] },
    rule: "objectives.all(o, o.spec.status != 'retired')",
    conditions: all(fact('objectiveStatuses', 'doesNotContain', 'retired')),
  },
  {
    name: 'owner-matches-system',
    severity: 'medium',
    appliesTo: { kind: ['Component', 'API', 'Resource'] },
    rule: 'system == null || !has(system.spec.owner) || !has(entity.spec.owner) || entity.spec.owner == system.spec.owner',
    conditions: all(
      any(
        fact('systemExists', 'equal', false),
        fact('systemOwner', 'equal', null),
        fact('entityOwner', 'equal', null),
        fact('entityOwner', 'equal', { fact: 'systemOwner' }),
      ),
    ),
  },
  {
    name: 'deprecated-points-to-successor',
    severity: 'low',
    appliesTo: { lifecycle: 'deprecated' },
    rule: "has(entity.metadata.links) && entity.metadata.links.exists(l, l.url.contains('/successor'))",
    conditions: all(fact('linkUrls', 'anyIncludes', '/successor')),
  },
  {
    name: 'grpc-apis-versioned',
    severity: 'medium',
    appliesTo: { kind: 'API', type: 'grpc' },
    rule: "entity.metadata.name.matches('^[a-z0-9-]+-v[0-9]+$')",
    conditions: all(fact('name', 'matches', '^[a-z0-9-]+-v[0-9]+$')),
  },
  {
    name: 'websites-link-their-url',
    severity: 'low',
    appliesTo: { kind: 'Component', type: 'website' },
    rule: 'has(entity.metadata.links) && size(entity.metadata.links) > 0',
    conditions: all(fact('linkCount', 'greaterThan', 0)),
  },
  {
    name: 'payments-tagged-pci',
    severity: 'high',
    appliesTo: { domain: 'payments' },
    rule: "has(entity.metadata.tags) && 'pci' in entity.metadata.tags",
    conditions: all(fact('tags', 'contains', 'pci')),
  },
  {
    name: 'core-systems-declare-dependencies',
    severity: 'medium',
    appliesTo: {
      kind: 'Component',
      system: ['system-0', 'system-1', 'system:default/system-2', 'system-3'],
    },
    rule: "has(entity.spec.dependsOn) && entity.spec.dependsOn.all(d, d.startsWith('resource:') || d.startsWith('component:'))",
    conditions: all(
      fact('dependsOnOrNull', 'allStartWithAny', ['resource:', 'component:']),
    ),
  },
  {
    name: 'owner-team-in-a-department',
    severity: 'low',
    appliesTo: { kind: ['Component', 'System'] },
    rule: "owner != null && has(owner.spec.parent) && owner.spec.parent.startsWith('dept-')",
    conditions: all(fact('ownerParent', 'startsWith', 'dept-')),
  },
  {
    name: 'production-not-owned-by-a-person',
    severity: 'high',
    appliesTo: { lifecycle: 'production' },
    rule: "has(entity.spec.owner) && !entity.spec.owner.startsWith('user:')",
    conditions: all(
      fact('entityOwner', 'notEqual', null),
      fact('entityOwner', 'notStartsWith', 'user:'),
    ),
  },
  {
    name: 'databases-declare-consumers',
    severity: 'medium',
    appliesTo: { kind: 'Resource', type: 'database' },
    rule: 'has(entity.spec.dependencyOf) && size(entity.spec.dependencyOf) > 0',
    conditions: all(fact('dependencyOfCount', 'greaterThan', 0)),
  },
  {
    name: 'apis-have-a-definition',
    severity: 'high',
    appliesTo: { kind: 'API' },
    rule: 'has(entity.spec.definition) && size(entity.spec.definition) > 0',
    conditions: all(fact('definitionLength', 'greaterThan', 0)),
  },
  {
    name: 'known-lifecycle',
    severity: 'low',
    appliesTo: { kind: ['Component', 'API'] },
    rule: "entity.spec.lifecycle in ['experimental', 'production', 'deprecated']",
    conditions: all(
      fact('lifecycle', 'in', ['experimental', 'production', 'deprecated']),
    ),
  },
  {
    name: 'systems-in-a-strategic-domain',
    severity: 'medium',
    appliesTo: { kind: 'System' },
    rule: "domain != null && has(domain.metadata.annotations) && 'lodestar.dev/objectives' in domain.metadata.annotations",
    conditions: all(
      fact('domainAnnotationKeys', 'contains', 'lodestar.dev/objectives'),
    ),
  },
  {
    name: 'tier-1-has-a-runbook',
    severity: 'high',
    appliesTo: { tags: 'tier-1' },
    rule: "has(entity.metadata.links) && entity.metadata.links.exists(l, has(l.title) && l.title == 'Runbook')",
    conditions: all(fact('linkTitles', 'contains', 'Runbook')),
  },
];

/** The principles as catalog entities, valid against the Principle schema. */
export function principleEntities(): PrincipleEntity[] {
  return BENCH_PRINCIPLES.map(p => ({
    apiVersion: 'lodestar.dev/v1alpha1',
    kind: 'Principle',
    metadata: { name: p.name, namespace: 'default', title: p.name },
    spec: {
      owner: 'acme',
      severity: p.severity,
      status: 'active',
      ...(p.appliesTo ? { appliesTo: p.appliesTo } : {}),
      rule: p.rule,
      rationale: `Why ${p.name} matters.`,
      remediation: { text: `Make the entity comply with ${p.name}.` },
    },
  }));
}

/** The flat facts json-rules-engine reads; absent values are null or []. */
export interface FlatFacts {
  kind: string;
  name: string;
  specType: string | null;
  lifecycle: string | null;
  tags: string[];
  tagCount: number;
  annotationKeys: string[];
  reviewedAt: string | null;
  sourceLocation: string | null;
  descriptionLength: number;
  linkUrls: string[];
  linkTitles: string[];
  linkCount: number;
  labelRegion: string | null;
  entityOwner: string | null;
  providesApiCount: number;
  consumesApis: string[];
  dependsOn: string[];
  dependsOnOrNull: string[] | null;
  dependencyOfCount: number;
  definitionLength: number;
  ownerKind: string | null;
  ownerType: string | null;
  ownerParent: string | null;
  systemExists: boolean;
  systemHasDomain: boolean;
  systemOwner: string | null;
  domainAnnotationKeys: string[];
  objectiveCount: number;
  objectiveStatuses: string[];
}

type Json = Record<string, any>;
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const list = (v: unknown): any[] => (Array.isArray(v) ? v : []);

/**
 * Flattens one rule context into the facts above, the way a Tech Insights
 * fact retriever would. Computed once per entity before timing starts.
 */
export function flattenFacts(ctx: RuleContext): FlatFacts {
  const entity = ctx.entity as Json;
  const owner = ctx.owner as Json | null;
  const system = ctx.system as Json | null;
  const domain = ctx.domain as Json | null;
  const objectives = ctx.objectives as Json[];
  const metadata = entity.metadata ?? {};
  const spec = entity.spec ?? {};
  const annotations: Record<string, string> | undefined = metadata.annotations;
  const links = list(metadata.links) as { url: string; title?: string }[];
  const tags = list(metadata.tags) as string[];
  return {
    kind: entity.kind,
    name: metadata.name,
    specType: str(spec.type),
    lifecycle: str(spec.lifecycle),
    tags,
    tagCount: tags.length,
    annotationKeys: annotations ? Object.keys(annotations) : [],
    reviewedAt: str(annotations?.['lodestar.dev/reviewed-at']),
    sourceLocation: str(annotations?.['backstage.io/source-location']),
    descriptionLength: str(metadata.description)?.length ?? -1,
    linkUrls: links.map(l => l.url),
    linkTitles: links.filter(l => l.title !== undefined).map(l => l.title!),
    linkCount: links.length,
    labelRegion: str(metadata.labels?.region),
    entityOwner: str(spec.owner),
    providesApiCount: list(spec.providesApis).length,
    consumesApis: list(spec.consumesApis),
    dependsOn: list(spec.dependsOn),
    dependsOnOrNull: Array.isArray(spec.dependsOn) ? spec.dependsOn : null,
    dependencyOfCount: list(spec.dependencyOf).length,
    definitionLength: str(spec.definition)?.length ?? -1,
    ownerKind: str(owner?.kind),
    ownerType: str(owner?.spec?.type),
    ownerParent: str(owner?.spec?.parent),
    systemExists: system !== null,
    systemHasDomain: system?.spec?.domain !== undefined,
    systemOwner: str(system?.spec?.owner),
    domainAnnotationKeys: domain?.metadata?.annotations
      ? Object.keys(domain.metadata.annotations)
      : [],
    objectiveCount: objectives.length,
    objectiveStatuses: objectives.map(o => o.spec?.status),
  };
}

/** Custom operators the translations use (built-ins cover the rest). */
export const CUSTOM_OPERATORS: Record<
  string,
  (fact: any, value: any) => boolean
> = {
  startsWith: (f, v) => typeof f === 'string' && f.startsWith(v),
  notStartsWith: (f, v) => typeof f === 'string' && !f.startsWith(v),
  anyStartsWith: (f, v) =>
    Array.isArray(f) && f.some(s => typeof s === 'string' && s.startsWith(v)),
  anyIncludes: (f, v) =>
    Array.isArray(f) && f.some(s => typeof s === 'string' && s.includes(v)),
  containsAny: (f, v) => Array.isArray(f) && f.some(s => v.includes(s)),
  allStartWithAny: (f, v) =>
    Array.isArray(f) &&
    f.every(
      s => typeof s === 'string' && v.some((p: string) => s.startsWith(p)),
    ),
  stringAtLeast: (f, v) => typeof f === 'string' && f >= v,
  matches: (f, v) => typeof f === 'string' && regex(v).test(f),
};

// Compiled once per pattern, so the regex rule is not penalised.
const regexes = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let compiled = regexes.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern);
    regexes.set(pattern, compiled);
  }
  return compiled;
}
