import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  compileRule,
  doraBandOf,
  EntityFactsResponse,
  EntityFactView,
  isPrincipleCheckId,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../../database/AlignmentDatabase';
import type { AlignmentQueries } from '../AlignmentQueries';
import type { PageDeps } from '../pages/pageContext';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days of daily values a fact's trend shows. */
export const FACT_TREND_DAYS = 90;

/**
 * The fact keys read by the principles that apply to an entity, from the
 * principles' rules as the caller's catalog shows them.
 */
async function keysReadByRules(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  principleRefs: string[],
): Promise<string[]> {
  if (principleRefs.length === 0) return [];
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: principleRefs, fields: ['spec.rule'] },
    { credentials },
  );
  const keys = new Set<string>();
  for (const principle of items) {
    const rule = compileRule(String(principle?.spec?.rule ?? ''));
    if (rule.ok) rule.factKeys.forEach(k => keys.add(k));
  }
  return [...keys].sort();
}

/**
 * `GET /entities/:kind/:namespace/:name/facts`: an entity's latest facts
 * with their freshness, DORA band and daily trend, and the keys its
 * principles read. Only for an entity the caller may see.
 */
export async function entityFacts(
  deps: Pick<PageDeps, 'catalog' | 'config' | 'clock'> & {
    db: AlignmentDatabase;
    queries: Pick<AlignmentQueries, 'scorecard'>;
  },
  credentials: BackstageCredentials,
  entityRef: string,
): Promise<EntityFactsResponse> {
  // Throws NotFound unless the caller may see the entity and it was evaluated.
  const scorecard = await deps.queries.scorecard(entityRef, credentials);
  const now = deps.clock();
  const definitions = new Map(deps.config.facts.map(d => [d.key, d]));
  const principleRefs = scorecard.pillars
    .flatMap(p => p.checks)
    .map(c => c.id)
    // A principle's check id is its entity ref.
    .filter(isPrincipleCheckId);
  const [latest, daily, readByRules] = await Promise.all([
    deps.db.facts.ofEntity(entityRef),
    deps.db.facts.daily(
      [entityRef],
      [...definitions.keys()],
      new Date(now.getTime() - FACT_TREND_DAYS * DAY_MS)
        .toISOString()
        .slice(0, 10),
    ),
    keysReadByRules(deps.catalog, credentials, principleRefs),
  ]);
  const facts: EntityFactView[] = latest
    .filter(f => definitions.has(f.key))
    .map(f => {
      const definition = definitions.get(f.key)!;
      const view: EntityFactView = {
        key: f.key,
        value: f.value,
        observedAt: f.observedAt,
        source: f.source,
        stale: now.getTime() - Date.parse(f.observedAt) > definition.maxAgeMs,
        trend: daily
          .filter(d => d.key === f.key)
          .map(d => ({ day: d.day, value: d.value })),
      };
      if (definition.dora && typeof f.value === 'number')
        view.band = doraBandOf(f.value, definition.dora);
      return view;
    });
  return {
    entityRef,
    definitions: deps.config.facts.map(({ maxAgeMs, ...rest }) => ({
      ...rest,
      maxAgeDays: Math.round((maxAgeMs / DAY_MS) * 10) / 10,
    })),
    facts,
    readByRules,
  };
}
