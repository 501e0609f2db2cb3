import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { resolveAlignmentConfig } from '@lodestar/backstage-plugin-alignment-common';
import { AlignmentDatabase } from '../database/AlignmentDatabase';
import { loadMeridian } from '../__testUtils__/loadExamples';
import { AlignmentNotifier } from './AlignmentNotifier';
import { CatalogReader } from './CatalogReader';
import { EvaluationRunner } from './EvaluationRunner';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const US = 'objective:default/win-us-midmarket';
const now = new Date('2026-11-28T12:00:00.000Z');

describe.each(databases.eachSupportedId())(
  'measure notifications on %p',
  (databaseId: TestDatabaseId) => {
    it('tell the objective owner once when a measure turns off track, and again after it recovers', async () => {
      const db = await AlignmentDatabase.fromKnex(
        await databases.init(databaseId),
      );
      const sent: any[] = [];
      const runner = new EvaluationRunner({
        db,
        reader: new CatalogReader(
          catalogServiceMock({ entities: loadMeridian() }),
          mockServices.auth(),
        ),
        logger: mockServices.logger.mock(),
        config: resolveAlignmentConfig(),
        retention: {
          historyDays: 400,
          aggregateDays: 1095,
          factObservationDays: 30,
        },
        notifier: new AlignmentNotifier(
          { send: async n => void sent.push(n) },
          db.trends,
          mockServices.logger.mock(),
        ),
        clock: () => now,
      });
      const arr = (value: number, observedAt: string) => ({
        objectiveRef: US,
        measureId: 'midmarket-arr',
        value,
        observedAt,
        source: 'salesforce',
      });
      const arrTurns = () =>
        sent.filter(
          n => n.payload.scope === `lodestar:measure:${US}:midmarket-arr`,
        );

      // ARR barely moves from its baseline of 4: far below the line to 12.
      await db.measures.write(
        [
          arr(4.1, '2026-10-01T00:00:00.000Z'),
          arr(4.2, '2026-11-01T00:00:00.000Z'),
        ],
        now.toISOString(),
      );
      await runner.runAll('manual');
      expect(arrTurns()).toEqual([
        expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: 'group:default/leadership',
          },
          payload: expect.objectContaining({
            title: 'US mid-market ARR (Win the US mid-market) is off track',
            severity: 'high',
            link: '/catalog/default/objective/win-us-midmarket/alignment',
          }),
        }),
      ]);
      await runner.runAll('manual');
      expect(arrTurns()).toHaveLength(1);

      // Back on track: the turn is forgotten, so a relapse is told again.
      await db.measures.write(
        [
          arr(11, '2026-11-20T00:00:00.000Z'),
          arr(12.5, '2026-11-27T00:00:00.000Z'),
        ],
        now.toISOString(),
      );
      await runner.runAll('manual');
      expect(arrTurns()).toHaveLength(1);
      expect(
        await db.trends.markNotified(
          `measure:${US}:midmarket-arr:off-track`,
          'probe',
        ),
      ).toBe(true);
    });
  },
);
