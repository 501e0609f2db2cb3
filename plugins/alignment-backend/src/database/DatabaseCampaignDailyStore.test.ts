import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { AlignmentDatabase } from './AlignmentDatabase';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const REALIGN = 'campaign:default/realign-march-2026';
const APIS = 'campaign:default/register-apis';

describe.each(databases.eachSupportedId())(
  'DatabaseCampaignDailyStore on %p',
  (databaseId: TestDatabaseId) => {
    let db: AlignmentDatabase;

    beforeAll(async () => {
      db = await AlignmentDatabase.fromKnex(await databases.init(databaseId));
    });

    it("keeps each campaign's last counts of a day, oldest day first", async () => {
      await db.campaignDays.saveDaily('2026-11-01', [
        { campaignRef: REALIGN, inScope: 10, open: 9 },
        { campaignRef: APIS, inScope: 4, open: 4 },
      ]);
      await db.campaignDays.saveDaily('2026-11-02', [
        { campaignRef: REALIGN, inScope: 10, open: 8 },
        { campaignRef: APIS, inScope: 4, open: 3 },
      ]);
      // A later run the same day replaces the day, and a campaign it no
      // longer judges (cancelled) keeps nothing for it.
      await db.campaignDays.saveDaily('2026-11-02', [
        { campaignRef: REALIGN, inScope: 11, open: 6 },
      ]);
      expect(await db.campaignDays.daily(REALIGN, '2026-10-01')).toEqual([
        { campaignRef: REALIGN, day: '2026-11-01', inScope: 10, open: 9 },
        { campaignRef: REALIGN, day: '2026-11-02', inScope: 11, open: 6 },
      ]);
      expect(await db.campaignDays.daily(APIS, '2026-11-01')).toEqual([
        { campaignRef: APIS, day: '2026-11-01', inScope: 4, open: 4 },
      ]);
      expect(await db.campaignDays.daily(REALIGN, '2026-11-02')).toHaveLength(
        1,
      );
    });

    it('prunes the days past retention', async () => {
      expect(await db.campaignDays.prune('2026-11-02')).toBe(2);
      expect(
        (await db.campaignDays.daily(REALIGN, '2000-01-01')).map(d => d.day),
      ).toEqual(['2026-11-02']);
    });
  },
);
