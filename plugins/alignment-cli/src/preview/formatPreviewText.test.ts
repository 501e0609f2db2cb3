import { PREVIEW } from '../__testUtils__/previewFixtures';
import { createPalette } from '../report/ansi';
import { formatPreviewText } from './formatPreviewText';

const plain = createPalette({ isTTY: false, env: {} });

describe('formatPreviewText', () => {
  it('prints the whole preview in order', () => {
    expect(formatPreviewText(PREVIEW, plain)).toBe(
      [
        'Preview of principle:default/services-expose-apis',
        '  on the catalog as read at 2025-06-01T00:00:00.000Z, in 42 ms; nothing was stored',
        '',
        'Applies to 5 entities: 3 pass, 1 fail, 1 error',
        'Mean score: 91 → 84',
        'Level changes:',
        '  aligned → at-risk  1',
        '',
        'By owner (most failures first):',
        '  owner                   pass  fail  error',
        '  group:default/checkout     2     1      0',
        '  (no owner)                 1     0      1',
        '',
        'Failing entities (2):',
        '  FAIL  component:default/cart  group:default/checkout  score 92 → 80',
        '        Does not comply with "Services expose APIs".',
        '  ERROR component:default/orphan  score 70 → 70',
        '        no such key: providesApis',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing applies and nothing changes', () => {
    const text = formatPreviewText(
      {
        ...PREVIEW,
        applies: 0,
        pass: 0,
        fail: 0,
        error: 0,
        byOwner: [],
        levelChanges: [],
        meanScore: { before: null, after: null },
        failing: [],
      },
      plain,
    );
    expect(text).toContain('Applies to 0 entities');
    expect(text).toContain('No entity you may see matches spec.appliesTo.');
    expect(text).toContain('Mean score: none → none');
    expect(text).toContain('Level changes: none');
    expect(text).not.toContain('By owner');
    expect(text).not.toContain('Failing entities');
  });

  it('shows the top 10 owners and the first 10 failures', () => {
    const many = Array.from({ length: 12 }, (_, i) => i);
    const text = formatPreviewText(
      {
        ...PREVIEW,
        fail: 37,
        error: 0,
        byOwner: many.map(i => ({
          owner: `group:default/team-${i}`,
          pass: 0,
          fail: 1,
          error: 0,
        })),
        failing: many.map(i => ({
          ...PREVIEW.failing[0],
          entityRef: `component:default/c-${i}`,
        })),
      },
      plain,
    );
    expect(text).toContain('By owner (most failures first, top 10 of 12):');
    expect(text).toContain('team-9 ');
    expect(text).not.toContain('team-10');
    expect(text).toContain('Failing entities (first 10 of 37):');
    expect(text).toContain('component:default/c-9 ');
    expect(text).not.toContain('component:default/c-10');
  });

  it('prints catalog text as plain text, without terminal escapes', () => {
    const text = formatPreviewText(
      {
        ...PREVIEW,
        failing: [
          {
            ...PREVIEW.failing[0],
            entityRef: 'component:default/x\u001b[2J',
            owner: 'group:default/a\nb',
            message: 'first line\u001b]0;pwned\u0007\nsecond \u202eline',
          },
        ],
      },
      plain,
    );
    for (const unsafe of ['\u001b', '\u0007', '\u202e']) {
      expect(text).not.toContain(unsafe);
    }
    expect(text).toContain('component:default/x?[2J  group:default/a b');
    expect(text).toContain(
      '        first line?]0;pwned?\n        second ?line',
    );
  });

  it('colours the outcome on a terminal', () => {
    const text = formatPreviewText(
      PREVIEW,
      createPalette({ isTTY: true, env: {} }),
    );
    expect(text).toContain('\u001b[31m1 fail\u001b[39m');
  });
});
