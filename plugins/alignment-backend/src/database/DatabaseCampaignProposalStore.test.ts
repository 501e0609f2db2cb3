import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { AlignmentDatabase } from './AlignmentDatabase';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const proposal = (proposedAt: string) => ({
  strategyRef: 'strategy:default/meridian-strategy',
  revision: '2026-11-20',
  deadline: '2027-01-19',
  checks: ['intent.reviewed-since-revision'],
  proposedAt,
});

describe.each(databases.eachSupportedId())(
  'DatabaseCampaignProposalStore on %p',
  (databaseId: TestDatabaseId) => {
    let db: AlignmentDatabase;
    let other: AlignmentDatabase;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      db = await AlignmentDatabase.fromKnex(knex);
      // A second replica: its own stores over the same database.
      other = await AlignmentDatabase.fromKnex(knex);
    });

    it('stores a revision once, however many replicas propose it at once', async () => {
      await Promise.all([
        db.campaignProposals.proposeOnce([proposal('2026-11-28T10:00:00Z')]),
        other.campaignProposals.proposeOnce([proposal('2026-11-28T10:00:00Z')]),
      ]);
      await db.campaignProposals.proposeOnce([
        proposal('2026-11-29T10:00:00Z'),
        { ...proposal('2026-11-29T10:00:00Z'), revision: '2026-11-25' },
      ]);
      const stored = await db.campaignProposals.list();
      expect(stored.map(p => [p.revision, p.proposedAt])).toEqual([
        ['2026-11-20', '2026-11-28T10:00:00Z'],
        ['2026-11-25', '2026-11-29T10:00:00Z'],
      ]);
      expect(stored[0]).toMatchObject({
        status: 'proposed',
        checks: ['intent.reviewed-since-revision'],
        deadline: '2027-01-19',
      });
      expect(stored[0].acceptedBy).toBeUndefined();
    });

    it('accepts a proposal once, even when two replicas accept it at once', async () => {
      const [first] = await db.campaignProposals.list();
      const outcomes = await Promise.all([
        db.campaignProposals.accept(
          first.id,
          'user:default/ana',
          '2026-11-30T09:00:00Z',
        ),
        other.campaignProposals.accept(
          first.id,
          'user:default/bo',
          '2026-11-30T09:00:01Z',
        ),
      ]);
      expect(outcomes.map(o => o.outcome).sort()).toEqual([
        'accepted',
        'already-accepted',
      ]);
      const stored = await db.campaignProposals.get(first.id);
      expect(stored?.status).toBe('accepted');
      const winner = outcomes.find(o => o.outcome === 'accepted') as any;
      expect(stored?.acceptedBy).toBe(winner.proposal.acceptedBy);
      expect(
        await db.campaignProposals.accept(
          '00000000-0000-4000-8000-000000000000',
          'user:default/ana',
          '2026-11-30T09:00:00Z',
        ),
      ).toEqual({ outcome: 'missing' });
    });
  },
);
