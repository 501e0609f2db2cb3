import type { PrincipleStatusCounts } from '../service/principleCounts';
import type {
  AlignmentFilter,
  CampaignStanding,
  AlignmentLevel,
  EvaluationRun,
  CheckStatus,
  DriftSignalType,
  Scorecard,
} from '@lodestar/backstage-plugin-alignment-common';

/** One entity's result as stored: columns to filter and sort on, plus the scorecard. */
export interface StoredResult {
  entityRef: string;
  kind: string;
  title?: string;
  owner?: string;
  system?: string;
  domain?: string;
  lifecycle?: string;
  score: number;
  level: AlignmentLevel;
  signals: DriftSignalType[];
  needsRevalidation: boolean;
  /** Owner declared, resolves to a group, and the group has members. */
  validOwner: boolean;
  /** Serves at least one objective, all of them active. */
  servesActive: boolean;
  objectiveRefs: string[];
  /** Checks that fail (not waived). */
  failingChecks: number;
  /** Checks lacking a fact the rule needs. */
  noDataChecks: number;
  checkStatuses: Record<string, CheckStatus>;
  /** Where the entity stands in each campaign that asks something of it. */
  campaigns?: CampaignStanding[];
  /** Hash of score, level and check statuses; history grows when it changes. */
  fingerprint: string;
  scorecard: Scorecard;
  evaluatedAt: string;
  /** The row's content, when it was already built (on a worker thread). */
  content?: RowContent;
}

/** What a result row holds, hashed, before the row itself is built. */
export interface RowContent {
  /** The columns other than the key, the JSON and the evaluation time. */
  columns: Record<string, unknown>;
  /** The scorecard's JSON, without the evaluation time. */
  body: string;
  /** Hash of the columns and the JSON: what a run compares. */
  contentHash: string;
}

/**
 * A result without the JSON it carries (scorecard, check statuses): what
 * the entity list and the figures read, small enough to hold a whole
 * catalog's in memory.
 */
export type ResultSummary = Omit<
  StoredResult,
  'scorecard' | 'checkStatuses' | 'fingerprint' | 'campaigns'
>;

/** An entity's campaign standings as stored, with its owner. */
export interface StoredStandings {
  entityRef: string;
  owner?: string;
  standings: CampaignStanding[];
}

/** Filters shared by the overview, the entity list and its CSV export. */
export type ResultFilter = AlignmentFilter;

/** A run of the evaluation, as stored and served. */
export type RunRecord = EvaluationRun;

/** What a run compares a new result with: the published one, in brief. */
export type PreviousResult = Pick<
  StoredResult,
  'entityRef' | 'fingerprint' | 'level' | 'score'
>;

/** An entity whose level a run changed: what notifications are about. */
export interface LevelChange {
  previous: PreviousResult;
  current: StoredResult;
}

/** Statistics of a whole run, kept for the unfiltered overview. */
export interface RunStats {
  principles: Record<string, PrincipleStatusCounts>;
  ownerPrinciples: Record<
    string,
    Record<string, { pass: number; fail: number }>
  >;
}

/** A waiver as stored. */
export interface WaiverRecord {
  id: string;
  entityRef: string;
  checkId: string;
  reason: string;
  expiresAt: string;
  createdBy: string;
  createdAt: string;
}

/** One point of an entity's score over time. */
export interface HistoryPoint {
  recordedAt: string;
  score: number;
  level: AlignmentLevel;
}

/** A day's aggregate for one dimension value (org, an owner, a system…). */
export interface DailyAggregate {
  day: string;
  dimension: 'org' | 'owner' | 'system' | 'domain' | 'objective';
  key: string;
  entities: number;
  scoreSum: number;
  aligned: number;
  atRisk: number;
  drifting: number;
  needsRevalidation: number;
}

/** A strategy revision as first seen by the backend. */
export interface RevisionRecord {
  strategyRef: string;
  date: string;
  trigger: string;
  summary: string;
  firstSeenAt: string;
}
