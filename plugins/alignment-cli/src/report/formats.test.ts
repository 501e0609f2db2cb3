import { createPalette } from './ansi';
import { buildReport } from './buildReport';
import { formatJson } from './formatJson';
import { formatJunit } from './formatJunit';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import type { Report } from './model';
import { xmlAttribute, xmlText } from './xml';

const plain = createPalette({ isTTY: false, env: {} });

// A hand-made report with what the fixture catalog does not produce: a rule
// error, a waiver, an inherited failure, an invalid entity and text that
// XML must escape.
const report: Report = {
  failOn: 'high',
  summary: {
    entities: 2,
    levels: { aligned: 0, 'at-risk': 1, drifting: 0, invalid: 1 },
    checks: {
      pass: 1,
      fail: 2,
      waived: 1,
      'not-applicable': 0,
      error: 1,
      'no-data': 0,
      upcoming: 0,
    },
    failingBySeverity: { critical: 1, high: 1, medium: 0, low: 0 },
    failing: 2,
  },
  principles: [],
  entities: [
    {
      entityRef: 'component:default/a',
      kind: 'Component',
      file: 'dir with space/a.yaml',
      line: 7,
      score: 80,
      level: 'at-risk',
      owner: 'group:default/team',
      checks: [
        {
          id: 'ownership.declared',
          pillar: 'ownership',
          title: 'Owner declared',
          status: 'pass',
          severity: 'critical',
          message: 'Owned by group:default/team.',
        },
        {
          id: 'principle:default/odd',
          pillar: 'principles',
          title: 'Odd <rule> & "quotes"',
          status: 'error',
          severity: 'medium',
          message: 'The rule failed: no such key <x>\u0007',
        },
        {
          id: 'intent.active-objectives',
          pillar: 'intent',
          title: 'Serves only active objectives',
          status: 'fail',
          severity: 'high',
          message: 'old is retired.',
          inheritedFrom: 'system:default/s',
          remediation: { text: 'Serve <new> & more.', yaml: 'a: "b"\n' },
        },
        {
          id: 'intent.reviewed-since-revision',
          pillar: 'intent',
          title: 'Reviewed',
          status: 'waived',
          severity: 'medium',
          message: 'Waived until 2030-01-01.',
        },
      ],
    },
    {
      entityRef: 'component:default/bad name',
      kind: 'Component',
      file: 'b.yaml',
      line: 1,
      score: null,
      level: 'invalid',
      checks: [
        {
          id: 'catalog.valid-entity',
          pillar: 'catalog',
          title: 'Accepted by the Backstage catalog',
          status: 'fail',
          severity: 'critical',
          message: '"metadata.name" is not valid',
        },
      ],
    },
  ],
};

describe('xml escaping', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlText('a < b && c > d\u0000\u001f')).toBe(
      'a &lt; b &amp;&amp; c &gt; d',
    );
    expect(xmlAttribute('say "hi"\nthere\t<now>')).toBe(
      'say &quot;hi&quot;&#10;there&#9;&lt;now&gt;',
    );
    expect(xmlText('emoji 🚀 stays')).toBe('emoji 🚀 stays');
  });
});

describe('formatText', () => {
  const text = formatText(report, plain);

  it('lists failures, then errors, with the fix and where it is inherited from', () => {
    expect(text).toContain(
      [
        'component:default/a  dir with space/a.yaml:7',
        '  at-risk, score 80',
        '  FAIL  high      intent.active-objectives',
        '        old is retired.',
        '        Inherited from system:default/s.',
        '        Fix: Serve <new> & more.',
        '            a: "b"',
        '  ERROR medium    principle:default/odd',
      ].join('\n'),
    );
    expect(text).toContain('  1 passed, 1 waived\n');
  });

  it('reports an invalid entity without a score', () => {
    expect(text).toContain('  invalid, not evaluated\n  FAIL  critical');
  });

  it('ends with the summary, including invalid entities and rule errors', () => {
    expect(text.trimEnd().split('\n').pop()).toBe(
      '2 entities checked: 0 aligned, 1 at-risk, 0 drifting, 1 invalid; 2 failing checks at or above high; 1 check could not run (rule errors)',
    );
  });
});

describe('formatJunit', () => {
  const xml = formatJunit(report);

  it('maps statuses to failure, error and skipped', () => {
    expect(xml).toContain(
      '<failure message="old is retired." type="high">Fix: Serve &lt;new&gt; &amp; more.\n\na: "b"\n</failure>',
    );
    expect(xml).toContain(
      '<error message="The rule failed: no such key &lt;x&gt;" type="medium"/>',
    );
    expect(xml).toContain(
      '<skipped message="waived: Waived until 2030-01-01."/>',
    );
    expect(xml).toContain(
      '<testsuites name="lodestar check" tests="5" failures="2" errors="1" skipped="1">',
    );
  });

  it('names test cases by check id and classes by entity ref', () => {
    expect(xml).toContain(
      '<testcase name="catalog.valid-entity" classname="component:default/bad name" file="b.yaml" line="1">',
    );
  });
});

describe('formatSarif', () => {
  const sarif = JSON.parse(formatSarif(report));
  const [run] = sarif.runs;

  it('has a rule for every check id seen, sorted', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'catalog.valid-entity',
      'intent.active-objectives',
      'intent.reviewed-since-revision',
      'ownership.declared',
      'principle:default/odd',
    ]);
  });

  it('reports failures as results with a level from their severity', () => {
    expect(
      run.results.map((r: any) => [r.ruleId, r.ruleIndex, r.level]),
    ).toEqual([
      ['intent.active-objectives', 1, 'error'],
      ['catalog.valid-entity', 0, 'error'],
    ]);
    expect(run.results[0].message.text).toBe(
      'component:default/a: old is retired.\n\nInherited from system:default/s.\n\nFix: Serve <new> & more.\n\na: "b"',
    );
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'dir%20with%20space/a.yaml' },
      region: { startLine: 7 },
    });
  });

  it('gives a file outside the working directory a file: URI', () => {
    const outside = JSON.parse(
      formatSarif({
        ...report,
        entities: [{ ...report.entities[1], file: '/tmp/x y/b.yaml' }],
      }),
    );
    expect(
      outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation,
    ).toEqual({ uri: 'file:///tmp/x%20y/b.yaml' });
  });

  it('reports rule errors as tool notifications, not alerts', () => {
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'error',
        associatedRule: { id: 'principle:default/odd', index: 4 },
      }),
    ]);
  });
});

describe('formatJson', () => {
  it('writes nulls for what is unknown', () => {
    const json = JSON.parse(formatJson(report));
    expect(json.version).toBe(1);
    expect(json.entities[1]).toMatchObject({
      score: null,
      level: 'invalid',
      owner: null,
    });
  });
});

describe('buildReport', () => {
  it('sorts entities by file, then line', () => {
    const source = (name: string, file: string, line: number) => ({
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name },
      },
      ref: `component:default/${name}`,
      file,
      line,
      fromStrategy: false,
    });
    const built = buildReport({
      failOn: 'high',
      principles: [],
      entities: [],
      outcomes: [
        { source: source('c', 'b.yaml', 1), invalid: 'bad' },
        { source: source('b', 'a.yaml', 10), invalid: 'bad' },
        { source: source('a', 'a.yaml', 2), invalid: 'bad' },
      ],
    });
    expect(built.entities.map(e => `${e.file}:${e.line}`)).toEqual([
      'a.yaml:2',
      'a.yaml:10',
      'b.yaml:1',
    ]);
    expect(built.summary.failing).toBe(3);
  });
});
