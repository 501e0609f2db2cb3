import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type {
  Scorecard,
  ScoreHistory,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import { BatchLoader } from './BatchLoader';
import type { CatalogVisibility } from './CatalogVisibility';
import { strategyRevisions } from './overviewFigures';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One entity's scorecard and score history, each shown only to callers the
 * catalog shows the entity to. Kept apart from the list and overview
 * queries: it reads single stored rows, never the run's summaries.
 */
export class ScorecardQueries {
  // Scorecards asked for at once are read from the database at once.
  private readonly scorecards: BatchLoader<string | undefined>;

  constructor(
    private readonly db: AlignmentDatabase,
    private readonly visibility: CatalogVisibility,
    private readonly clock: () => Date,
  ) {
    this.scorecards = new BatchLoader(refs =>
      db.results.publishedScorecards(refs),
    );
  }

  /** An entity's scorecard, if the caller may see the entity. */
  async scorecard(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Scorecard> {
    return JSON.parse(await this.scorecardJson(entityRef, credentials));
  }

  /**
   * An entity's scorecard as stored JSON text, if the caller may see the
   * entity: what `GET /scorecards` serves, without parsing it to print it
   * again.
   */
  async scorecardJson(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    // The catalog applies catalog.entity.read for the caller; the stored
    // scorecard is read meanwhile, and returned only if it may be seen.
    const [visible, stored] = await Promise.all([
      this.visibility.canSee(entityRef, credentials),
      this.scorecards.load(entityRef, undefined),
    ]);
    if (!visible) {
      throw new NotFoundError(
        `No entity ${entityRef} in the catalog, or you may not see it`,
      );
    }
    if (!stored) {
      const latest = await this.db.runs.latest();
      throw new NotFoundError(
        `${entityRef} has not been evaluated yet${
          latest
            ? `; the last run (${latest.status}) started ${latest.startedAt}`
            : '; no evaluation has run yet'
        }. Lodestar evaluates Components, APIs, Resources and Systems on a schedule.`,
      );
    }
    return stored;
  }

  /** An entity's scores between two dates (the last year by default), with the strategy revisions. */
  async history(
    entityRef: string,
    credentials: BackstageCredentials,
    from?: string,
    to?: string,
  ): Promise<ScoreHistory> {
    // Answers 404 exactly as the scorecard does for an unseen entity.
    await this.scorecardJson(entityRef, credentials);
    const now = this.clock();
    const points = await this.db.history.history(
      entityRef,
      from
        ? new Date(from).toISOString()
        : new Date(now.getTime() - 365 * DAY_MS).toISOString(),
      to ? new Date(to).toISOString() : now.toISOString(),
    );
    return { entityRef, points, revisions: await strategyRevisions(this.db) };
  }
}
