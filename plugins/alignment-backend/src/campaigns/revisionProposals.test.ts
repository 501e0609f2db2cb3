import type { Entity } from '@backstage/catalog-model';
import { LODESTAR_API_VERSION } from '@lodestar/backstage-plugin-alignment-common';
import { loadMeridian } from '../__testUtils__/loadExamples';
import type { CampaignProposal } from '../database/DatabaseCampaignProposalStore';
import {
  proposalCampaignName,
  proposalCampaigns,
  revisionsToPropose,
} from './revisionProposals';

const entities = loadMeridian();
const strategy = entities.find(e => e.kind === 'Strategy')!;
const campaigns = entities.filter(e => e.kind === 'Campaign');
const revised = (dates: string[]): Entity => ({
  ...strategy,
  spec: {
    ...strategy.spec,
    revisions: dates.map(date => ({ date, trigger: 'other', summary: 'x' })),
  },
});

describe('revisionsToPropose', () => {
  it('proposes the revisions in effect whose deadline is ahead and that no campaign answers', () => {
    const s = revised(['2026-03-02', '2026-10-01', '2026-11-20', '2026-12-01']);
    expect(
      revisionsToPropose([s], campaigns, '2026-11-28', { deadlineDays: 60 }),
    ).toEqual([
      // 2026-03-02 is answered by the example campaign (and too old);
      // 2026-12-01 is not in effect yet.
      {
        strategyRef: 'strategy:default/meridian-strategy',
        revision: '2026-10-01',
        deadline: '2026-11-30',
      },
      {
        strategyRef: 'strategy:default/meridian-strategy',
        revision: '2026-11-20',
        deadline: '2027-01-19',
      },
    ]);
  });

  it('proposes nothing for an invalid strategy', () => {
    const broken = { ...revised(['2026-11-20']), spec: { revisions: [] } };
    expect(
      revisionsToPropose([broken], [], '2026-11-28', { deadlineDays: 60 }),
    ).toEqual([]);
  });
});

describe('proposalCampaigns', () => {
  const proposal: CampaignProposal = {
    id: '5b0d3a43-5a0e-4f55-9d0e-3d8a4e1c0001',
    strategyRef: 'strategy:default/meridian-strategy',
    revision: '2026-11-20',
    proposedAt: '2026-11-21T10:00:00.000Z',
    deadline: '2027-01-19',
    checks: ['intent.reviewed-since-revision'],
    status: 'proposed',
  };
  const s = revised(['2026-11-20']);

  it('builds a valid Campaign owned by the strategy owner, planned until accepted', () => {
    const [{ entity }] = proposalCampaigns([proposal], [s], [], '2026-11-28');
    expect(entity).toMatchObject({
      apiVersion: LODESTAR_API_VERSION,
      kind: 'Campaign',
      metadata: {
        name: 'revalidate-meridian-strategy-2026-11-20',
        namespace: 'default',
      },
      spec: {
        owner: 'group:default/leadership',
        startsAt: '2026-11-20',
        status: 'planned',
      },
    });
    const accepted = { ...proposal, status: 'accepted' as const };
    const [late] = proposalCampaigns(
      [{ ...accepted, acceptedAt: '2026-11-25T09:00:00Z' }],
      [s],
      [],
      '2027-03-01',
    );
    // Accepted ones never lapse, and start on the day they were accepted.
    expect(late.entity.spec).toMatchObject({
      status: 'active',
      startsAt: '2026-11-25',
    });
  });

  it('leaves out lapsed proposals, unseen strategies and answered revisions', () => {
    expect(proposalCampaigns([proposal], [s], [], '2027-01-20')).toEqual([]);
    expect(proposalCampaigns([proposal], [], [], '2026-11-28')).toEqual([]);
    const answering = {
      ...campaigns[0],
      spec: { ...campaigns[0].spec, revision: '2026-11-20' },
    };
    expect(
      proposalCampaigns([proposal], [s], [answering], '2026-11-28'),
    ).toEqual([]);
  });

  it('keeps names within the limit of 63 characters', () => {
    const name = proposalCampaignName('x'.repeat(80), '2026-11-20');
    expect(name).toHaveLength(63);
    expect(name).toMatch(/^revalidate-x+-2026-11-20$/);
  });
});
