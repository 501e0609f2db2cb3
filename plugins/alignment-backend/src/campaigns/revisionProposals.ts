/**
 * Campaigns proposed from strategy revisions: which revisions ask for one,
 * and the Campaign entity a proposal stands for, which the evaluation
 * judges like one from the catalog (it is never written to the catalog).
 */
import type { Entity } from '@backstage/catalog-model';
import {
  CampaignEntity,
  isLodestarEntity,
  LODESTAR_API_VERSION,
  normalizeRef,
  refOf,
  StrategyEntity,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import type { CampaignProposal } from '../database/DatabaseCampaignProposalStore';

const DAY_MS = 24 * 60 * 60 * 1000;
// Backstage entity names are at most 63 characters.
const MAX_NAME = 63;

/** `lodestar.campaigns.proposeFromRevisions`. */
export interface ProposalSettings {
  /** Days from a revision to the deadline of the campaign proposed for it. */
  deadlineDays: number;
  /** The check ids (or Principle refs) proposed campaigns ask for. */
  checks: string[];
}

/** A revision no campaign answers yet, with the deadline one would get. */
export interface RevisionToPropose {
  strategyRef: string;
  revision: string;
  deadline: string;
}

/** YYYY-MM-DD `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date.slice(0, 10)) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

function isValid(entity: Entity): boolean {
  return (
    isLodestarEntity(entity) && validateLodestarEntity(entity).length === 0
  );
}

/** `strategyRef@revision` of what a campaign answers. */
export function revisionKey(strategyRef: string, revision: string): string {
  return `${strategyRef}@${revision}`;
}

/**
 * The revisions the given Campaign entities answer (any status: a
 * cancelled campaign was still a decision about the revision), by
 * {@link revisionKey}.
 */
export function answeredRevisions(campaigns: Iterable<Entity>): Set<string> {
  const answered = new Set<string>();
  for (const entity of campaigns) {
    if (!isLodestarEntity(entity) || entity.kind !== 'Campaign') continue;
    const { spec, metadata } = entity as CampaignEntity;
    if (!spec?.strategy || !spec.revision) continue;
    const strategyRef = normalizeRef(spec.strategy, {
      defaultKind: 'strategy',
      defaultNamespace: metadata.namespace,
    });
    if (strategyRef) answered.add(revisionKey(strategyRef, spec.revision));
  }
  return answered;
}

/**
 * The revisions of valid strategies that are in effect (dated today or
 * before) and recent enough that a campaign for them would still have its
 * deadline ahead, that no Campaign entity answers.
 */
export function revisionsToPropose(
  strategies: Iterable<Entity>,
  campaigns: Iterable<Entity>,
  today: string,
  settings: Pick<ProposalSettings, 'deadlineDays'>,
): RevisionToPropose[] {
  const answered = answeredRevisions(campaigns);
  const wanted: RevisionToPropose[] = [];
  for (const entity of strategies) {
    if (!isValid(entity)) continue;
    const strategyRef = refOf(entity);
    for (const { date } of (entity as StrategyEntity).spec.revisions ?? []) {
      const deadline = addDays(date, settings.deadlineDays);
      if (date > today || deadline <= today) continue;
      if (answered.has(revisionKey(strategyRef, date))) continue;
      wanted.push({ strategyRef, revision: date, deadline });
    }
  }
  return wanted;
}

/** `revalidate-<strategy name>-<revision date>`, within the name limit. */
export function proposalCampaignName(
  strategyName: string,
  revision: string,
): string {
  const room = MAX_NAME - 'revalidate--'.length - revision.length;
  const stem = strategyName.slice(0, room).replace(/[-_.]+$/, '');
  return `revalidate-${stem}-${revision}`;
}

/**
 * Whether a proposal still asks something: accepted ones always do; one
 * nobody accepted lapses at its deadline.
 */
export function isLive(proposal: CampaignProposal, today: string): boolean {
  return proposal.status === 'accepted' || proposal.deadline >= today;
}

/**
 * The Campaign entity a proposal stands for: owned by the strategy's
 * owner, in its namespace, over every evaluated entity. `planned` until
 * accepted (so it is judged, and its counts are what the campaign would
 * show), then `active` from the day of acceptance.
 */
export function proposalCampaignEntity(
  proposal: CampaignProposal,
  strategy: StrategyEntity,
): CampaignEntity {
  const namespace = strategy.metadata.namespace ?? 'default';
  const accepted = proposal.status === 'accepted';
  const acceptedDay = proposal.acceptedAt?.slice(0, 10) ?? proposal.revision;
  // A late acceptance still makes a valid campaign: it starts on its deadline.
  const startsAt = accepted
    ? [acceptedDay, proposal.deadline].sort()[0]
    : proposal.revision;
  const revision = strategy.spec.revisions?.find(
    r => r.date === proposal.revision,
  );
  return {
    apiVersion: LODESTAR_API_VERSION,
    kind: 'Campaign',
    metadata: {
      name: proposalCampaignName(strategy.metadata.name, proposal.revision),
      namespace,
      title: `Revalidate against the ${proposal.revision} revision of ${
        strategy.metadata.title ?? strategy.metadata.name
      }`,
      ...(revision && {
        description: `${revision.trigger}: ${revision.summary.trim()}`,
      }),
    },
    spec: {
      owner:
        normalizeRef(strategy.spec.owner, {
          defaultKind: 'group',
          defaultNamespace: namespace,
        }) ?? strategy.spec.owner,
      strategy: proposal.strategyRef,
      revision: proposal.revision,
      checks: [...proposal.checks],
      startsAt,
      deadline: proposal.deadline,
      status: accepted ? 'active' : 'planned',
    },
  };
}

/**
 * The Campaign entities of the live proposals whose strategy is among the
 * given ones and that no Campaign entity answers, valid ones only, with
 * the proposal each stands for.
 */
export function proposalCampaigns(
  proposals: readonly CampaignProposal[],
  strategies: Iterable<Entity>,
  campaigns: Iterable<Entity>,
  today: string,
): Array<{ proposal: CampaignProposal; entity: CampaignEntity }> {
  const byRef = new Map<string, StrategyEntity>();
  for (const s of strategies) {
    if (isValid(s)) byRef.set(refOf(s), s as StrategyEntity);
  }
  const catalogCampaigns = [...campaigns];
  const answered = answeredRevisions(catalogCampaigns);
  const taken = new Set(catalogCampaigns.map(refOf));
  return proposals.flatMap(proposal => {
    const strategy = byRef.get(proposal.strategyRef);
    if (!strategy || !isLive(proposal, today)) return [];
    if (answered.has(revisionKey(proposal.strategyRef, proposal.revision)))
      return [];
    const entity = proposalCampaignEntity(proposal, strategy);
    // A catalog campaign of the same name wins; and an entity the catalog
    // module would reject (say, a check id that no longer exists) is not
    // judged by the engine either.
    if (taken.has(refOf(entity)) || !isValid(entity)) return [];
    return [{ proposal, entity }];
  });
}
