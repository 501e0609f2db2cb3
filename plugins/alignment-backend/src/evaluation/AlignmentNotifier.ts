import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { MeasureProgress } from '@lodestar/backstage-plugin-alignment-common';
import type { DatabaseTrendStore } from '../database/DatabaseTrendStore';
import type { LevelChange, RevisionRecord } from '../database/types';

const RANK = { aligned: 0, 'at-risk': 1, drifting: 2 } as const;

function entityPath(ref: string): string {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return `/catalog/${namespace}/${kind}/${name}/alignment`;
}

function objectivePath(ref: string): string {
  const [, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return `/catalog/${namespace}/objective/${name}/alignment`;
}

/**
 * Tells owners when their entities get worse and when a new strategy
 * revision asks them to revalidate. Each notification is recorded and sent
 * once; a notifications backend that is missing or failing is logged once
 * per run and never fails the evaluation.
 */
export class AlignmentNotifier {
  private failed = false;

  constructor(
    private readonly notifications: NotificationService,
    private readonly trends: DatabaseTrendStore,
    private readonly logger: LoggerService,
  ) {}

  /** Notifies the owner of each entity whose level dropped. */
  async levelDrops(changes: LevelChange[]): Promise<number> {
    let sent = 0;
    for (const { previous, current } of changes) {
      if (!current.owner || RANK[current.level] <= RANK[previous.level])
        continue;
      sent += await this.sendOnce(
        `level-drop:${current.entityRef}:${current.fingerprint}`,
        current.owner,
        {
          title: `${current.title ?? current.entityRef} is now ${
            current.level
          }`,
          description: `Its alignment score went from ${previous.score} to ${
            current.score
          }. ${current.scorecard.signals
            .flatMap(s => s.reasons)
            .slice(0, 3)
            .join(' ')}`,
          link: entityPath(current.entityRef),
          severity: current.level === 'drifting' ? 'high' : 'normal',
          topic: 'lodestar-level-drop',
          scope: `lodestar:${current.entityRef}`,
        },
      );
    }
    return sent;
  }

  /** Tells each owner how many of their entities a new revision asks them to revalidate. */
  async revalidation(
    revision: RevisionRecord,
    needing: Map<string, string[]>,
  ): Promise<number> {
    let sent = 0;
    for (const [owner, refs] of needing) {
      sent += await this.sendOnce(
        `revalidation:${revision.strategyRef}:${revision.date}:${owner}`,
        owner,
        {
          title: `Strategy revised on ${revision.date}: ${refs.length} of your entities need a review`,
          description: `${revision.trigger}: ${revision.summary.slice(0, 300)}`,
          link: `/alignment?owner=${encodeURIComponent(
            owner,
          )}&signal=strategic`,
          severity: 'normal',
          topic: 'lodestar-revalidation',
          scope: `lodestar:revision:${revision.date}`,
        },
      );
    }
    return sent;
  }

  /**
   * Tells each objective's owner when one of its measures turns off track
   * or stale: once per measure and turn. A measure back on track (or at
   * risk) clears its turn, so a relapse is told again.
   */
  async measureTurns(
    objectives: ReadonlyArray<{
      objectiveRef: string;
      title: string;
      owner?: string;
      measures: ReadonlyArray<
        Pick<MeasureProgress, 'id' | 'title' | 'status' | 'reason'>
      >;
    }>,
  ): Promise<number> {
    let sent = 0;
    for (const objective of objectives) {
      const cleared: string[] = [];
      for (const measure of objective.measures) {
        const key = (status: string) =>
          `measure:${objective.objectiveRef}:${measure.id}:${status}`;
        if (measure.status === 'on-track' || measure.status === 'at-risk') {
          cleared.push(key('off-track'), key('stale'));
          continue;
        }
        if (measure.status !== 'off-track' && measure.status !== 'stale')
          continue;
        if (!objective.owner) continue;
        sent += await this.sendOnce(key(measure.status), objective.owner, {
          title: `${measure.title} (${objective.title}) is ${
            measure.status === 'stale' ? 'stale' : 'off track'
          }`,
          description: measure.reason,
          link: objectivePath(objective.objectiveRef),
          severity: measure.status === 'off-track' ? 'high' : 'normal',
          topic: 'lodestar-measure',
          scope: `lodestar:measure:${objective.objectiveRef}:${measure.id}`,
        });
      }
      await this.trends.forgetNotified(cleared);
    }
    return sent;
  }

  private async sendOnce(
    key: string,
    owner: string,
    payload: Parameters<NotificationService['send']>[0]['payload'],
  ): Promise<number> {
    if (this.failed) return 0;
    try {
      if (!(await this.trends.markNotified(key, new Date().toISOString())))
        return 0;
      await this.notifications.send({
        recipients: { type: 'entity', entityRef: owner },
        payload,
      });
      return 1;
    } catch (error) {
      this.failed = true;
      this.logger.warn(
        `Lodestar notifications are off for this run: ${
          (error as Error).message
        }`,
      );
      return 0;
    }
  }

  /** Resets the once-per-run failure latch. */
  startRun(): void {
    this.failed = false;
  }
}
