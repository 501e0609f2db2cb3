import type { Entity } from '@backstage/catalog-model';
import {
  ObjectiveOutcome,
  UNKNOWN_OUTCOME,
} from '../measures/objectiveOutcome';
import { refOf } from '../kinds/refs';
import type { PrincipleEntity, StrategyEntity } from '../kinds/types';
import { LODESTAR_API_VERSION } from '../kinds/types';
import { validateLodestarEntity } from '../kinds/validateKind';
import type { EntityAlignment } from '../model/results';
import { allChecks, alignmentResult, ChecksByPillar } from './alignmentResult';
import {
  CampaignIndex,
  campaignStandings,
  indexCampaigns,
  PreparedCampaign,
  prepareCampaigns,
} from './campaigns';
import { CatalogSnapshot } from './CatalogSnapshot';
import {
  intentChecks,
  LatestRevision,
  servedObjectives,
} from './checks/intentChecks';
import { ownershipChecks } from './checks/ownershipChecks';
import { principleChecks } from './checks/principleChecks';
import { AlignmentConfig, resolveAlignmentConfig } from './config';
import { createEntityContext } from './EntityContext';
import { PreparedPrinciple, preparePrinciple } from './principles';
import { addCheck, ScoreParts, scoreOfParts, scorePartsOf } from './scoring';
import {
  EvaluationInputs,
  holdsLaterTheSameDay,
  rulesReadTheTime,
} from './timeDependence';
import type {
  EvaluateOptions,
  PrincipleCompileStatus,
  PrinciplePreviewResult,
} from './engineTypes';
import { applyWaivers } from './waivers';

export type {
  EvaluateOptions,
  PrincipleCompileStatus,
  PrinciplePreviewResult,
} from './engineTypes';

function isValidLodestar(entity: Entity): boolean {
  return (
    entity.apiVersion === LODESTAR_API_VERSION &&
    validateLodestarEntity(entity).length === 0
  );
}

/**
 * Evaluates entities against the strategy, objectives and principles found
 * in a catalog snapshot. Rules are compiled once when the engine is created
 * and reused for every entity; the engine holds no per-entity state, so one
 * instance serves a whole evaluation run.
 * @public
 */
export class AlignmentEngine {
  /** The configuration the engine scores with, defaults filled in. */
  readonly config: AlignmentConfig;
  /**
   * The most recent revision of the valid strategies in the snapshot dated
   * no later than the engine's creation, if any; entities not reviewed since
   * then need revalidation. A revision dated in the future takes effect on
   * its date (see {@link AlignmentEngine.latestRevisionAt}).
   */
  readonly latestRevision?: LatestRevision;
  private readonly revisionsNewestFirst: LatestRevision[];
  private readonly snapshot: CatalogSnapshot;
  private readonly principles: PreparedPrinciple[];
  /** The campaigns in the snapshot that still ask something (not cancelled). */
  readonly campaigns: readonly PreparedCampaign[];
  private readonly campaignIndex: CampaignIndex;
  private readonly evaluatedKinds: Set<string>;
  /** Each objective as rules see it: the entity with its `outcome`. */
  private readonly ruleObjectives = new Map<Entity, unknown>();
  // A run evaluates every entity at the same time: the revision in effect
  // is looked up once for it, not once per entity.
  private revisionFor?: { time: number; revision?: LatestRevision };
  private readonly readsTheTime: boolean;

  private constructor(
    snapshot: CatalogSnapshot,
    config: AlignmentConfig,
    outcomes?: ReadonlyMap<string, ObjectiveOutcome>,
  ) {
    this.snapshot = snapshot;
    this.config = config;
    for (const objective of snapshot.ofKind('objective')) {
      this.ruleObjectives.set(objective, {
        ...objective,
        outcome: outcomes?.get(refOf(objective)) ?? UNKNOWN_OUTCOME,
      });
    }
    this.evaluatedKinds = new Set(
      config.evaluatedKinds.map(k => k.toLowerCase()),
    );
    // Invalid strategy entities are the catalog module's to report; the
    // engine uses only the valid ones, so one bad edit cannot break scoring.
    this.principles = [...snapshot.ofKind('principle')]
      .filter(isValidLodestar)
      .map(e => preparePrinciple(e as PrincipleEntity))
      .sort((a, b) => a.name.localeCompare(b.name));
    this.readsTheTime = rulesReadTheTime(this.principles);
    this.campaigns = prepareCampaigns(snapshot.ofKind('campaign'));
    this.campaignIndex = indexCampaigns(this.campaigns);
    this.revisionsNewestFirst = revisionsNewestFirst(
      [...snapshot.ofKind('strategy')].filter(
        isValidLodestar,
      ) as StrategyEntity[],
    );
    this.latestRevision = this.latestRevisionAt(new Date());
  }

  /**
   * The most recent revision dated on or before `now`'s (UTC) calendar day:
   * a revision announced ahead of its date asks for no review before then.
   */
  latestRevisionAt(now: Date): LatestRevision | undefined {
    const today = now.toISOString().slice(0, 10);
    return this.revisionsNewestFirst.find(revision => revision.date <= today);
  }

  /** An engine for the strategy in the snapshot. */
  static create(options: {
    snapshot: CatalogSnapshot;
    config?: Partial<AlignmentConfig>;
    /**
     * Where each objective's measures stand, by objective ref: what rules
     * read as `o.outcome` on the objectives an entity serves. Unknown
     * (nothing measured) for objectives left out.
     */
    objectiveOutcomes?: ReadonlyMap<string, ObjectiveOutcome>;
  }): AlignmentEngine {
    return new AlignmentEngine(
      options.snapshot,
      resolveAlignmentConfig(options.config),
      options.objectiveOutcomes,
    );
  }

  /**
   * Whether the result this engine gave an entity earlier on `now`'s UTC
   * day still holds at `now`, the entity and its inputs unchanged: false
   * when a principle's rule reads `now`, an input waiver has expired since,
   * or a fact has grown stale. Lets a whole run skip unchanged entities.
   */
  holdsLaterTheSameDay(inputs: EvaluationInputs, now: Date): boolean {
    return holdsLaterTheSameDay(
      inputs,
      this.config.facts,
      this.readsTheTime,
      now,
    );
  }

  /** True for the kinds the engine scores (Component, API, Resource, System by default). */
  evaluates(entity: Entity): boolean {
    return this.evaluatedKinds.has(entity.kind.toLowerCase());
  }

  /** Compile status of every principle, active or deprecated. */
  principleStatuses(): PrincipleCompileStatus[] {
    return this.principles.map(p => ({
      ref: p.ref,
      name: p.name,
      title: p.title,
      severity: p.severity,
      active: p.active,
      compiled: p.rule.ok,
      ...(p.rule.ok ? {} : { error: p.rule.error }),
    }));
  }

  private revisionInEffect(now: Date): LatestRevision | undefined {
    const time = now.getTime();
    if (this.revisionFor?.time !== time) {
      this.revisionFor = { time, revision: this.latestRevisionAt(now) };
    }
    return this.revisionFor.revision;
  }

  /** Every check of one entity, by pillar, waivers applied. */
  private checksOf(
    entity: Entity,
    now: Date,
    options: EvaluateOptions | undefined,
  ) {
    const context = createEntityContext(
      entity,
      this.snapshot,
      this.config,
      now,
      options?.facts,
    );
    const served = servedObjectives(context);
    const byPillar: ChecksByPillar = {
      ownership: ownershipChecks(context),
      intent: intentChecks(context, this.revisionInEffect(now), served),
      principles: principleChecks(
        context,
        this.principles,
        this.ruleObjectives,
      ),
    };
    applyWaivers(
      [byPillar.ownership, byPillar.intent, byPillar.principles],
      options?.waivers,
      now,
    );
    return { context, byPillar, served };
  }

  /**
   * What a draft principle would do to one entity: its check, and the
   * entity's score and level before and after. The draft replaces a
   * principle of the same ref. `before` is the entity's score as parts,
   * when the caller kept them from a run; without it the entity is
   * evaluated in full. Undefined when the draft does not apply.
   */
  previewPrinciple(
    entity: Entity,
    draft: PreparedPrinciple,
    options?: EvaluateOptions & { before?: ScoreParts },
  ): PrinciplePreviewResult | undefined {
    const now = options?.now ?? new Date();
    const context = createEntityContext(
      entity,
      this.snapshot,
      this.config,
      now,
      options?.facts,
    );
    const checkOf = (principle: PreparedPrinciple) => {
      const checks = principleChecks(context, [principle], this.ruleObjectives);
      applyWaivers([checks], options?.waivers, now);
      return checks[0];
    };
    const check = checkOf(draft);
    if (!check || check.status === 'not-applicable') return undefined;
    const { weights, levelThresholds } = this.config;
    const before =
      options?.before ??
      scorePartsOf(
        allChecks(this.checksOf(entity, now, options).byPillar),
        weights,
      );
    const replaced = this.principles.find(p => p.checkId === draft.checkId);
    const replacedCheck = replaced && checkOf(replaced);
    const after = addCheck(
      replacedCheck ? addCheck(before, replacedCheck, weights, -1) : before,
      check,
      weights,
    );
    return {
      check,
      ...(context.owner && { owner: context.owner.value }),
      before: scoreOfParts(before, levelThresholds),
      after: scoreOfParts(after, levelThresholds),
    };
  }

  /** Evaluates one entity. */
  evaluate(entity: Entity, options?: EvaluateOptions): EntityAlignment {
    const now = options?.now ?? new Date();
    const { context, byPillar, served } = this.checksOf(entity, now, options);
    const result = alignmentResult(context, byPillar, served, this.config);
    if (this.campaigns.length > 0) {
      const standings = campaignStandings(
        entity,
        { system: context.systemRef, domain: context.domainRef },
        [byPillar.ownership, byPillar.intent, byPillar.principles],
        this.campaignIndex,
      );
      if (standings.length > 0) result.campaigns = standings;
    }
    return result;
  }
}

function revisionsNewestFirst(strategies: StrategyEntity[]): LatestRevision[] {
  return strategies
    .flatMap(strategy =>
      (strategy.spec.revisions ?? []).map(revision => ({
        ...revision,
        strategyRef: refOf(strategy),
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date));
}
