import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { readLodestarConfig } from './readLodestarConfig';

const read = (campaigns: JsonObject) =>
  readLodestarConfig(new ConfigReader({ lodestar: { campaigns } })).campaigns;

describe('readLodestarConfig campaigns', () => {
  it('proposes nothing and reminds at 14 and 3 days by default', () => {
    expect(readLodestarConfig(new ConfigReader({})).campaigns).toEqual({
      proposeFromRevisions: undefined,
      reminderDays: [14, 3],
    });
  });

  it('reads the proposal settings, with defaults inside', () => {
    expect(read({ proposeFromRevisions: {} }).proposeFromRevisions).toEqual({
      deadlineDays: 60,
      checks: ['intent.reviewed-since-revision'],
    });
    expect(
      read({
        proposeFromRevisions: {
          deadlineDays: 30,
          checks: ['principle:default/services-expose-apis'],
        },
        reminderDays: [7],
      }),
    ).toEqual({
      proposeFromRevisions: {
        deadlineDays: 30,
        checks: ['principle:default/services-expose-apis'],
      },
      reminderDays: [7],
    });
  });

  it('refuses unknown checks and bad day counts at start-up', () => {
    expect(() => read({ proposeFromRevisions: { checks: ['nope'] } })).toThrow(
      /"nope" is neither a check id nor a Principle ref/,
    );
    expect(() => read({ proposeFromRevisions: { deadlineDays: 0 } })).toThrow(
      /deadlineDays/,
    );
    expect(() => read({ reminderDays: [3, -1] })).toThrow(/reminderDays/);
  });
});

describe('readLodestarConfig workerThread', () => {
  it('evaluates large runs on a worker thread unless turned off', () => {
    expect(readLodestarConfig(new ConfigReader({})).workerThread).toBe(true);
    expect(
      readLodestarConfig(
        new ConfigReader({ lodestar: { workerThread: false } }),
      ).workerThread,
    ).toBe(false);
  });
});
