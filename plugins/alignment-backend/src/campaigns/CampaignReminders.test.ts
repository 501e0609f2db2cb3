import { mockServices } from '@backstage/backend-test-utils';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  CampaignEntity,
  CatalogSnapshot,
  LODESTAR_API_VERSION,
} from '@lodestar/backstage-plugin-alignment-common';
import { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { StoredStandings } from '../database/types';
import { activeCampaigns, CampaignReminders } from './CampaignReminders';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const REF = 'campaign:default/realign';

function campaign(status: CampaignEntity['spec']['status']): CampaignEntity {
  return {
    apiVersion: LODESTAR_API_VERSION,
    kind: 'Campaign',
    metadata: { name: status === 'active' ? 'realign' : `c-${status}` },
    spec: {
      owner: 'group:default/architecture',
      strategy: 'strategy:default/meridian-strategy',
      revision: '2026-11-01',
      checks: ['intent.reviewed-since-revision'],
      startsAt: '2026-11-01',
      deadline: '2026-12-31',
      status,
    },
  };
}

const standings: StoredStandings[] = [
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(n => ({
    entityRef: `component:default/${n}`,
    owner: 'group:default/payments',
    standings: [{ campaignRef: REF, state: 'remaining' as const }],
  })),
  {
    entityRef: 'component:default/done',
    owner: 'group:default/identity',
    standings: [{ campaignRef: REF, state: 'done' }],
  },
  {
    entityRef: 'component:default/orphan',
    standings: [{ campaignRef: REF, state: 'remaining' }],
  },
];

function recordingNotifications() {
  const sent: any[] = [];
  return {
    sent,
    service: { send: async (n: any) => void sent.push(n) } as any,
  };
}

describe('activeCampaigns', () => {
  it('keeps the valid active campaigns of the context', () => {
    const snapshot = CatalogSnapshot.of([
      campaign('active'),
      campaign('planned'),
      campaign('completed'),
    ]);
    expect(activeCampaigns(snapshot).map(c => c.ref)).toEqual([REF]);
  });
});

describe.each(databases.eachSupportedId())(
  'CampaignReminders on %p',
  (databaseId: TestDatabaseId) => {
    let knex: Awaited<ReturnType<typeof databases.init>>;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
    });

    /** A replica: its own stores and notifier over the shared database. */
    async function replica() {
      const db = await AlignmentDatabase.fromKnex(knex);
      const notifications = recordingNotifications();
      const reminders = new CampaignReminders({
        notifications: notifications.service,
        reminders: db.campaignReminders,
        standings: async () => standings,
        reminderDays: [14, 3],
        logger: mockServices.logger.mock(),
      });
      return { db, notifications, reminders };
    }

    it('claims a reminder for one caller only, even at once', async () => {
      const [one, two] = [await replica(), await replica()];
      const key = {
        campaignRef: 'campaign:default/x',
        owner: 'group:default/a',
        milestone: 'started',
      };
      const claims = await Promise.all([
        one.db.campaignReminders.claim(key, '2026-11-02T00:00:00.000Z'),
        two.db.campaignReminders.claim(key, '2026-11-02T00:00:00.000Z'),
      ]);
      expect(claims.sort()).toEqual([false, true]);
      expect(
        await one.db.campaignReminders.claim(key, '2026-11-03T00:00:00.000Z'),
      ).toBe(false);
      await one.db.campaignReminders.release(key);
      expect(
        await two.db.campaignReminders.claim(key, '2026-11-03T00:00:00.000Z'),
      ).toBe(true);
    });

    it('reminds each owner once per milestone across two replicas', async () => {
      const [one, two] = [await replica(), await replica()];
      const active = activeCampaigns(CatalogSnapshot.of([campaign('active')]));
      const started = new Date('2026-11-02T08:00:00Z');
      const counts = await Promise.all([
        one.reminders.afterRun(active, started),
        two.reminders.afterRun(active, started),
      ]);
      // Only payments has open entities with an owner.
      expect(counts[0] + counts[1]).toBe(1);
      const [notice] = [...one.notifications.sent, ...two.notifications.sent];
      expect(notice.recipients).toEqual({
        type: 'entity',
        entityRef: 'group:default/payments',
      });
      expect(notice.payload).toMatchObject({
        link: '/alignment/campaigns/default/realign',
        title: expect.stringContaining('due 2026-12-31: 7 of your entities'),
        description:
          'Still open: component:default/a, component:default/b, component:default/c, component:default/d, component:default/e and 2 more.',
      });
      // The next runs the same milestone send nothing; the next milestone once.
      expect(await one.reminders.afterRun(active, started)).toBe(0);
      const dueSoon = new Date('2026-12-20T08:00:00Z');
      expect(
        (await one.reminders.afterRun(active, dueSoon)) +
          (await two.reminders.afterRun(active, dueSoon)),
      ).toBe(1);
      // Either replica may have sent either milestone: compare as a set.
      const titles = [...one.notifications.sent, ...two.notifications.sent]
        .map(sent => sent.payload.title)
        .sort();
      expect(titles).toEqual([
        expect.stringMatching(/has started; due 2026-12-31/),
        expect.stringMatching(/is due in 14 days \(2026-12-31\)/),
      ]);
    });

    it('releases a reminder that could not be sent, so a later run sends it', async () => {
      const { db } = await replica();
      const failing = new CampaignReminders({
        notifications: {
          send: async () => {
            throw new Error('no notifications backend');
          },
        } as any,
        reminders: db.campaignReminders,
        standings: async () => standings,
        reminderDays: [14, 3],
        logger: mockServices.logger.mock(),
      });
      const active = activeCampaigns(CatalogSnapshot.of([campaign('active')]));
      const overdue = new Date('2027-01-05T08:00:00Z');
      expect(await failing.afterRun(active, overdue)).toBe(0);
      const { reminders, notifications } = await replica();
      expect(await reminders.afterRun(active, overdue)).toBe(1);
      expect(notifications.sent[0].payload.severity).toBe('high');
    });
  },
);
