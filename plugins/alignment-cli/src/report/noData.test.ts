import type {
  CheckResult,
  EntityAlignment,
} from '@lodestar/backstage-plugin-alignment-common';
import { createPalette } from './ansi';
import { buildReport } from './buildReport';
import { formatJson } from './formatJson';
import { formatJunit } from './formatJunit';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';

// Checks not run because a fact the rule reads is missing or stale, next to
// a pass and a low failure, built through buildReport so the counts are the
// ones the CLI computes. One no-data check is critical: were it counted as
// a failure, it would fail any threshold.
const check = (
  id: string,
  status: CheckResult['status'],
  severity: CheckResult['severity'],
  message: string,
): CheckResult => ({
  id,
  pillar: id.startsWith('principle:') ? 'principles' : 'ownership',
  title: id,
  status,
  severity,
  message,
});

const alignment: EntityAlignment = {
  entityRef: 'component:default/cart',
  score: 90,
  level: 'aligned',
  owner: 'group:default/checkout',
  objectives: [],
  signals: [],
  needsRevalidation: false,
  pillars: [
    {
      id: 'ownership',
      score: 100,
      checks: [
        check('ownership.declared', 'pass', 'critical', 'Owned by checkout.'),
      ],
    },
    { id: 'intent', score: null, checks: [] },
    {
      id: 'principles',
      score: 0,
      checks: [
        check(
          'principle:default/deploys-weekly',
          'no-data',
          'critical',
          'No fresh value for facts.deploymentFrequencyPerWeek.',
        ),
        check(
          'principle:default/has-docs',
          'fail',
          'low',
          'Does not comply with "Has docs".',
        ),
        check(
          'principle:default/recovers-fast',
          'no-data',
          'medium',
          'No fresh value for facts.timeToRestoreHours <since 30 days>.',
        ),
      ],
    },
  ],
};

const report = buildReport({
  failOn: 'low',
  principles: [],
  entities: [],
  outcomes: [
    {
      source: {
        entity: {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'cart' },
        },
        ref: 'component:default/cart',
        file: 'catalog/cart.yaml',
        line: 3,
        fromStrategy: false,
      },
      alignment,
    },
  ],
});

describe('no-data checks', () => {
  it('never count as failures, whatever their severity and --fail-on', () => {
    expect(report.summary.checks).toEqual({
      pass: 1,
      fail: 1,
      waived: 0,
      'not-applicable': 0,
      error: 0,
      'no-data': 2,
      upcoming: 0,
    });
    expect(report.summary.failingBySeverity).toEqual({
      critical: 0,
      high: 0,
      medium: 0,
      low: 1,
    });
    // The low failure alone is at or above --fail-on low.
    expect(report.summary.failing).toBe(1);
  });

  it('are listed in text after failures, with their message, and counted apart', () => {
    const text = formatText(report, createPalette({ isTTY: false, env: {} }));
    expect(text).toBe(
      [
        'component:default/cart  catalog/cart.yaml:3',
        '  aligned, score 90',
        '  FAIL  low       principle:default/has-docs',
        '        Does not comply with "Has docs".',
        '  NO DATA critical  principle:default/deploys-weekly',
        '        No fresh value for facts.deploymentFrequencyPerWeek.',
        '  NO DATA medium  principle:default/recovers-fast',
        '        No fresh value for facts.timeToRestoreHours <since 30 days>.',
        '  1 passed',
        '',
        '1 entity checked: 1 aligned, 0 at-risk, 0 drifting; 1 failing check at or above low; 2 checks not run for want of data (missing or stale facts)',
        '',
      ].join('\n'),
    );
  });

  it('keep their status in JSON and are counted under "no-data"', () => {
    const json = JSON.parse(formatJson(report));
    expect(json.summary.checks['no-data']).toBe(2);
    expect(json.summary.failing).toBe(1);
    expect(
      json.entities[0].checks.map((c: { status: string }) => c.status),
    ).toEqual(['pass', 'no-data', 'fail', 'no-data']);
  });

  it('are notes in SARIF, never results', () => {
    const [run] = JSON.parse(formatSarif(report)).runs;
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'principle:default/has-docs',
    ]);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'note',
        message: {
          text: 'component:default/cart: No fresh value for facts.deploymentFrequencyPerWeek.',
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'catalog/cart.yaml' },
              region: { startLine: 3 },
            },
          },
        ],
        associatedRule: { id: 'principle:default/deploys-weekly', index: 1 },
      },
      expect.objectContaining({
        level: 'note',
        associatedRule: { id: 'principle:default/recovers-fast', index: 3 },
      }),
    ]);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it('are skipped test cases in JUnit, not failures', () => {
    const xml = formatJunit(report);
    expect(xml).toContain(
      [
        '    <testcase name="principle:default/deploys-weekly" classname="component:default/cart" file="catalog/cart.yaml" line="3">',
        '      <skipped message="no-data: No fresh value for facts.deploymentFrequencyPerWeek."/>',
        '    </testcase>',
      ].join('\n'),
    );
    expect(xml).toContain(
      '<skipped message="no-data: No fresh value for facts.timeToRestoreHours &lt;since 30 days&gt;."/>',
    );
    expect(xml).toContain(
      '<testsuites name="lodestar check" tests="4" failures="1" errors="0" skipped="2">',
    );
    expect(xml).toContain(
      '<testsuite name="component:default/cart" tests="4" failures="1" errors="0" skipped="2" file="catalog/cart.yaml">',
    );
  });
});
