import { campaignPath, currentMilestone } from './reminderMilestones';

const campaign = { startsAt: '2026-11-01', deadline: '2026-12-31' };
const at = (today: string) => currentMilestone(campaign, today, [14, 3]);

describe('currentMilestone', () => {
  it('is nothing before the start, then started', () => {
    expect(at('2026-10-31')).toBeUndefined();
    expect(at('2026-11-01')).toBe('started');
    expect(at('2026-12-16')).toBe('started');
  });

  it('is due-in-N from N days before the deadline, the nearest N winning', () => {
    expect(at('2026-12-17')).toBe('due-in-14');
    expect(at('2026-12-27')).toBe('due-in-14');
    expect(at('2026-12-28')).toBe('due-in-3');
    expect(at('2026-12-31')).toBe('due-in-3');
  });

  it('is overdue after the deadline', () => {
    expect(at('2027-01-01')).toBe('overdue');
  });

  it('skips to the milestone that matters for a campaign seen late', () => {
    // Accepted five days before its deadline: the 14-day reminder is moot.
    expect(
      currentMilestone(
        { startsAt: '2026-12-26', deadline: '2026-12-31' },
        '2026-12-26',
        [14, 3],
      ),
    ).toBe('due-in-14');
    expect(currentMilestone(campaign, '2026-12-30', [])).toBe('started');
  });
});

describe('campaignPath', () => {
  it('links to the campaign page', () => {
    expect(campaignPath('campaign:default/realign-march-2026')).toBe(
      '/alignment/campaigns/default/realign-march-2026',
    );
  });
});
