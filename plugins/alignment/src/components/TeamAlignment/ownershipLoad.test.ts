import type { OwnershipLoad } from '@lodestar/backstage-plugin-alignment-common';
import {
  compareToMedian,
  formatFigure,
  spansManyDomains,
} from './ownershipLoad';

function load(domains: number, median: number | null): OwnershipLoad {
  return {
    members: 5,
    entitiesPerMember: 2,
    systems: 2,
    domains,
    orgMedian: { entitiesPerMember: 2, systems: 2, domains: median },
  };
}

describe('compareToMedian', () => {
  it('says above, below or the same, with the median', () => {
    expect(compareToMedian(5, 2.5)).toBe('above the org median of 2.5');
    expect(compareToMedian(1, 2.5)).toBe('below the org median of 2.5');
    expect(compareToMedian(2.04, 2)).toBe('the same as the org median of 2');
  });

  it('says when there is no median yet', () => {
    expect(compareToMedian(3, null)).toBe('no org median to compare with yet');
  });
});

describe('formatFigure', () => {
  it('keeps one decimal at most', () => {
    expect(formatFigure(26.54)).toBe('26.5');
    expect(formatFigure(4)).toBe('4');
  });
});

describe('spansManyDomains', () => {
  it('is true at twice the median and two more', () => {
    expect(spansManyDomains(load(3, 1))).toBe(true);
    expect(spansManyDomains(load(2, 0))).toBe(true);
    expect(spansManyDomains(load(6, 3))).toBe(true);
  });

  it('is false for one domain more, under twice the median, or no median', () => {
    expect(spansManyDomains(load(2, 1))).toBe(false);
    expect(spansManyDomains(load(5, 3))).toBe(false);
    expect(spansManyDomains(load(1, 0))).toBe(false);
    expect(spansManyDomains(load(9, null))).toBe(false);
  });
});
