import { FigurePacker, unpackFigures } from './packedFigures';
import type { ResultFigures } from './RunAccumulator';

function figures(checkStatuses: ResultFigures['checkStatuses']): ResultFigures {
  return {
    owner: 'group:default/payments',
    system: 'system:default/checkout',
    domain: undefined,
    objectiveRefs: ['objective:default/win-us'],
    score: 72,
    level: 'at-risk',
    needsRevalidation: true,
    checkStatuses,
  };
}

describe('packed figures', () => {
  it('unpack to what the run counts: every field, and the principle statuses', () => {
    const packer = new FigurePacker();
    const result = figures({
      'ownership.declared': 'pass',
      'principle:default/has-docs': 'fail',
      'principle:default/on-call': 'waived',
      'principle:default/uses-sso': 'no-data',
    });
    const { 'ownership.declared': _notCounted, ...principles } =
      result.checkStatuses;

    expect(unpackFigures(packer.pack(result))).toEqual({
      ...result,
      checkStatuses: principles,
    });
  });

  it('still read right after later results bring principles of their own', () => {
    const packer = new FigurePacker();
    const earlier = packer.pack(
      figures({ 'principle:default/has-docs': 'pass' }),
    );
    const later = packer.pack(
      figures({
        'principle:default/uses-sso': 'fail',
        'principle:default/has-docs': 'not-applicable',
      }),
    );

    expect(unpackFigures(earlier).checkStatuses).toEqual({
      'principle:default/has-docs': 'pass',
    });
    expect(unpackFigures(later).checkStatuses).toEqual({
      'principle:default/has-docs': 'not-applicable',
      'principle:default/uses-sso': 'fail',
    });
  });

  it('keep one copy of the objective lists that results share', () => {
    const packer = new FigurePacker();
    const a = packer.pack(figures({}));
    const b = packer.pack(figures({}));

    expect(b.objectiveRefs).toBe(a.objectiveRefs);
    expect(b.objectiveRefs).toEqual(['objective:default/win-us']);
  });
});
