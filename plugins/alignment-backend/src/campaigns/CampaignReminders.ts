import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  CatalogSnapshot,
  PreparedCampaign,
  prepareCampaigns,
} from '@lodestar/backstage-plugin-alignment-common';
import type { DatabaseCampaignReminderStore } from '../database/DatabaseCampaignReminderStore';
import type { StoredStandings } from '../database/types';
import { campaignFigures, UNOWNED } from '../service/campaigns/campaignFigures';
import {
  campaignPath,
  currentMilestone,
  Milestone,
} from './reminderMilestones';

// How many of an owner's open entities a reminder names.
const NAMED = 5;

/** The active campaigns in the context: the catalog's and accepted proposals. */
export function activeCampaigns(snapshot: CatalogSnapshot): PreparedCampaign[] {
  return prepareCampaigns(snapshot.ofKind('campaign')).filter(
    c => c.status === 'active',
  );
}

/**
 * Reminds the owners of open entities in active campaigns at each
 * milestone (see currentMilestone). A reminder is claimed in the database
 * before it is sent, so with several replicas each (campaign, owner,
 * milestone) is sent once; one that fails to send is released, to be sent
 * by a later run.
 */
export class CampaignReminders {
  constructor(
    private readonly options: {
      notifications: NotificationService;
      reminders: DatabaseCampaignReminderStore;
      /** The published standings of every entity. */
      standings: () => Promise<StoredStandings[]>;
      reminderDays: readonly number[];
      logger: LoggerService;
    },
  ) {}

  /** Sends the reminders due after a whole run; returns how many were sent. */
  async afterRun(campaigns: PreparedCampaign[], now: Date): Promise<number> {
    const today = now.toISOString().slice(0, 10);
    const due = campaigns.flatMap(campaign => {
      const milestone = currentMilestone(
        campaign,
        today,
        this.options.reminderDays,
      );
      return milestone ? [{ campaign, milestone }] : [];
    });
    if (due.length === 0) return 0;
    // Over every entity: an owner is reminded of all their open entities.
    const figures = campaignFigures(await this.options.standings(), () => true);
    let sent = 0;
    for (const { campaign, milestone } of due) {
      const byOwner = new Map<string, string[]>();
      for (const todo of figures.get(campaign.ref)?.open ?? []) {
        const owner = todo.owner ?? UNOWNED;
        if (owner === UNOWNED) continue;
        const refs = byOwner.get(owner);
        if (refs) refs.push(todo.entityRef);
        else byOwner.set(owner, [todo.entityRef]);
      }
      for (const [owner, refs] of byOwner) {
        const result = await this.remind(campaign, milestone, owner, refs, now);
        if (result === 'failed') return sent;
        if (result === 'sent') sent += 1;
      }
    }
    return sent;
  }

  private async remind(
    campaign: PreparedCampaign,
    milestone: Milestone,
    owner: string,
    refs: string[],
    now: Date,
  ): Promise<'sent' | 'skipped' | 'failed'> {
    const { reminders, notifications, logger } = this.options;
    const key = { campaignRef: campaign.ref, owner, milestone };
    if (!(await reminders.claim(key, now.toISOString()))) return 'skipped';
    try {
      await notifications.send({
        recipients: { type: 'entity', entityRef: owner },
        payload: reminderPayload(campaign, milestone, refs),
      });
      return 'sent';
    } catch (error) {
      await reminders.release(key);
      // Off for the rest of the run, as for the other notifications.
      logger.warn(
        `Lodestar campaign reminders are off for this run: ${
          (error as Error).message
        }`,
      );
      return 'failed';
    }
  }
}

/** When the campaign is due, as a reminder at the milestone says it. */
function whenText(deadline: string, milestone: Milestone): string {
  if (milestone === 'overdue') return `was due ${deadline}`;
  if (milestone === 'started') return `has started; due ${deadline}`;
  return `is due in ${milestone.slice('due-in-'.length)} days (${deadline})`;
}

/** What a reminder says: the campaign, its deadline, the owner's open entities. */
export function reminderPayload(
  campaign: PreparedCampaign,
  milestone: Milestone,
  refs: string[],
) {
  const when = whenText(campaign.deadline, milestone);
  const named = refs.slice(0, NAMED).join(', ');
  const more = refs.length > NAMED ? ` and ${refs.length - NAMED} more` : '';
  return {
    title: `${campaign.title} ${when}: ${refs.length} of your entities still open`,
    description: `Still open: ${named}${more}.`,
    link: campaignPath(campaign.ref),
    severity: milestone === 'overdue' ? ('high' as const) : ('normal' as const),
    topic: 'lodestar-campaign',
    // One notification per campaign and owner, updated at each milestone.
    scope: `lodestar:campaign:${campaign.ref}`,
  };
}
