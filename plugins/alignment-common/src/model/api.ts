import type { AlignmentLevel, DriftSignalType } from './results';

/**
 * Shapes of the alignment backend's REST API (`/api/alignment`), shared by
 * the backend, its clients and the frontend.
 */

/** Filters accepted by `/overview`, `/entities` and `/entities.csv`. @public */
export interface AlignmentFilter {
  owner?: string;
  system?: string;
  domain?: string;
  kind?: string;
  lifecycle?: string;
  level?: AlignmentLevel;
  signal?: DriftSignalType;
  q?: string;
}

/** A strategy revision, as marked on trend lines. @public */
export interface RevisionMark {
  strategyRef: string;
  date: string;
  trigger: string;
  summary: string;
}

/** An evaluation run. @public */
export interface EvaluationRun {
  id: number;
  status: 'running' | 'succeeded' | 'failed';
  trigger: 'schedule' | 'manual' | 'entity';
  entityRef?: string;
  startedAt: string;
  finishedAt?: string;
  durationMs?: number;
  evaluated: number;
  historyRows: number;
  /** Where a whole-catalog run's time went, in milliseconds. */
  phases?: RunPhases;
  error?: string;
}

/** Time a run spent in each phase, in milliseconds. @public */
export interface RunPhases {
  /** Reading context and evaluated entities from the catalog. */
  catalogReadMs: number;
  /** Running the checks. */
  evaluateMs: number;
  /** Writing results and history, publishing, aggregating. */
  storeMs: number;
}

/** `GET /scorecards/:kind/:namespace/:name/history`. @public */
export interface ScoreHistory {
  entityRef: string;
  points: Array<{ recordedAt: string; score: number; level: AlignmentLevel }>;
  revisions: RevisionMark[];
}

/** A row of `GET /entities`. @public */
export interface EntityRow {
  entityRef: string;
  title?: string;
  kind: string;
  owner?: string;
  system?: string;
  domain?: string;
  lifecycle?: string;
  score: number;
  level: AlignmentLevel;
  /** Score change over the last 30 days; null when there is no earlier point. */
  delta30d: number | null;
  signals: DriftSignalType[];
  needsRevalidation: boolean;
  evaluatedAt: string;
}

/** `GET /entities`. @public */
export interface EntityPage {
  items: EntityRow[];
  totalItems: number;
  nextCursor?: string;
}

/** Pass counts of one principle. @public */
export interface PrinciplePassRate {
  id: string;
  pass: number;
  fail: number;
  error: number;
  waived: number;
  /** Percentage of passing (or waived) among pass + fail; null when none applied. */
  passRate: number | null;
}

/** `GET /overview`. @public */
export interface AlignmentOverview {
  filter: AlignmentFilter;
  entities: number;
  score: number | null;
  levels: { aligned: number; atRisk: number; drifting: number };
  validOwnerPercent: number | null;
  activeObjectivePercent: number | null;
  needsRevalidationPercent: number | null;
  principles: PrinciplePassRate[];
  heatmap: {
    owners: string[];
    principles: string[];
    cells: Array<{
      owner: string;
      principle: string;
      pass: number;
      fail: number;
      passRate: number | null;
    }>;
  };
  trend: {
    dimension: 'org' | 'owner' | 'system' | 'domain';
    key: string;
    points: Array<{
      day: string;
      score: number | null;
      entities: number;
      aligned: number;
      atRisk: number;
      drifting: number;
    }>;
  };
  revisions: RevisionMark[];
  lastRun?: EvaluationRun;
}

/** One objective of `GET /objectives`. @public */
export interface ObjectiveCoverage {
  entityRef: string;
  title: string;
  status: 'proposed' | 'active' | 'retired';
  owner: string;
  horizon?: string;
  successor?: string;
  supportingCount: number;
  meanScore: number | null;
  /** The first supporting entities (at most 100). */
  supportingRefs: string[];
}

/** `GET /objectives`. @public */
export interface ObjectivesResponse {
  objectives: ObjectiveCoverage[];
  servingRetired: { count: number; entityRefs: string[] };
  servingNone: { count: number; entityRefs: string[] };
}

/** One principle of `GET /principles`. @public */
export interface PrincipleSummary {
  entityRef: string;
  name: string;
  title: string;
  severity: string;
  status: string;
  valid: boolean;
  problems: string[];
  compiled: boolean;
  compileError?: string;
  passRate: number | null;
  failingCount: number;
  errorCount: number;
  pass: number;
  fail: number;
  error: number;
  waived: number;
}

/** A waiver as the API returns it. @public */
export interface WaiverResponse {
  id: string;
  entityRef: string;
  checkId: string;
  reason: string;
  expiresAt: string;
  createdBy: string;
  createdAt: string;
}

/** Body of `POST /waivers`. @public */
export interface CreateWaiverRequest {
  entityRef: string;
  checkId: string;
  reason: string;
  expiresAt: string;
}

/** A strategy as `GET /strategy` lists it, latest revision first. @public */
export interface StrategySummary {
  entityRef: string;
  title: string;
  owner: string;
  thesis: string;
  latestRevision?: { date: string; trigger: string; summary: string };
  revisions: Array<{ date: string; trigger: string; summary: string }>;
}
