import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  AlignmentEngine,
  CatalogSnapshot,
  DEFAULT_ALIGNMENT_CONFIG,
  scorePartsOf,
} from '@lodestar/backstage-plugin-alignment-common';
import { loadMeridian } from '../../__testUtils__/loadExamples';
import type { AlignmentDatabase } from '../../database/AlignmentDatabase';
import { ALL_ENTITIES } from '../access/ReadScope';
import { parseDraft } from './parseDraft';
import { previewPrinciple } from './previewPrinciple';

const RUNBOOK_RULE =
  "has(entity.metadata.annotations) && 'lodestar.dev/runbook' in entity.metadata.annotations";

const yamlDraft = (rule: string) => `
apiVersion: lodestar.dev/v1alpha1
kind: Principle
metadata:
  name: services-have-runbooks
spec:
  owner: architecture
  severity: high
  appliesTo:
    kind: Component
  rule: ${JSON.stringify(rule)}
`;

describe('parseDraft', () => {
  it('takes YAML text or an object', () => {
    const fromYaml = parseDraft(yamlDraft(RUNBOOK_RULE));
    expect(fromYaml.checkId).toBe('principle:default/services-have-runbooks');
    expect(fromYaml.rule.ok).toBe(true);
  });

  it.each([
    [yamlDraft('entity.spec.(('), /The rule does not compile/],
    ['kind: [', /does not parse/],
    [
      'kind: Component\nmetadata: {name: x}',
      /exactly one Principle; it holds 0/,
    ],
    [
      { kind: 'Principle', apiVersion: 'backstage.io/v1alpha1' },
      /apiVersion lodestar\.dev/,
    ],
    [
      yamlDraft(RUNBOOK_RULE).replace('severity: high', 'severity: urgent'),
      /spec\.severity/,
    ],
    [42, /principle must be a Principle entity/],
  ])('rejects %p, naming the problem', (input, message) => {
    expect(() => parseDraft(input)).toThrow(InputError);
    expect(() => parseDraft(input)).toThrow(message);
  });
});

describe('previewPrinciple', () => {
  const entities = loadMeridian();
  const snapshot = CatalogSnapshot.of(entities);
  const engine = AlignmentEngine.create({ snapshot });
  const evaluated = entities.filter(e => engine.evaluates(e));
  const db = {
    waivers: { activeByEntity: async () => new Map() },
    // One service has reported its deployment frequency.
    facts: {
      allLatest: async () =>
        new Map([
          [
            'component:default/purchase-order-service',
            new Map([
              [
                'deploymentFrequencyPerWeek',
                { value: 3, observedAt: '2026-11-27T00:00:00.000Z' },
              ],
            ]),
          ],
        ]),
    },
  } as unknown as AlignmentDatabase;
  // The scores a run hands over, as parts.
  const scores = new Map(
    evaluated.map(entity => {
      const result = engine.evaluate(entity, {
        now: new Date('2026-11-28T12:00:00Z'),
      });
      return [
        result.entityRef,
        scorePartsOf(
          result.pillars.flatMap(p => p.checks),
          DEFAULT_ALIGNMENT_CONFIG.weights,
        ),
      ];
    }),
  );
  const preview = { snapshot, engine, evaluated, scores, readAt: new Date() };
  const now = new Date('2026-11-28T12:00:00Z');

  it('reports outcomes, score changes and the first failures', async () => {
    const result = await previewPrinciple({
      draft: parseDraft(yamlDraft(RUNBOOK_RULE)),
      preview,
      db,
      scope: ALL_ENTITIES,
      now,
    });
    const components = evaluated.filter(e => e.kind === 'Component');
    expect(result.applies).toBe(components.length);
    expect(result.fail).toBe(components.length);
    expect(result.meanScore.after!).toBeLessThan(result.meanScore.before!);
    expect(result.byOwner.reduce((n, o) => n + o.fail, 0)).toBe(result.fail);
    expect(result.failing[0].scoreAfter).toBeLessThan(
      result.failing[0].scoreBefore,
    );
  });

  it('evaluates a draft reading facts on the stored facts', async () => {
    const result = await previewPrinciple({
      draft: parseDraft(yamlDraft('facts.deploymentFrequencyPerWeek >= 2')),
      preview,
      db,
      scope: ALL_ENTITIES,
      now,
    });
    // Only the service with a fresh value is judged; the rest have no data.
    expect(result).toMatchObject({ pass: 1, fail: 0, error: 0 });
  });

  it('counts only the entities in the caller’s scope', async () => {
    const two = evaluated
      .filter(e => e.kind === 'Component')
      .slice(0, 2)
      .map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US'));
    const result = await previewPrinciple({
      draft: parseDraft(yamlDraft(RUNBOOK_RULE)),
      preview,
      db,
      scope: { kind: 'some', refs: new Set(two), key: 'two' },
      now,
    });
    expect(result.applies).toBe(2);
    expect(result.failing.map(f => f.entityRef).sort()).toEqual(two.sort());
  });

  it('replaces a published principle of the same ref instead of adding one', async () => {
    // docs-as-code, rewritten to pass everywhere: nobody fails it any more.
    const draft = parseDraft({
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Principle',
      metadata: { name: 'docs-as-code' },
      spec: { owner: 'architecture', severity: 'low', rule: 'true' },
    });
    const result = await previewPrinciple({
      draft,
      preview,
      db,
      scope: ALL_ENTITIES,
      now,
    });
    expect(result.fail).toBe(0);
    expect(result.meanScore.after!).toBeGreaterThanOrEqual(
      result.meanScore.before!,
    );
  });

  it('gives the same answer from kept scores as from evaluating in full', async () => {
    const draft = parseDraft(yamlDraft(RUNBOOK_RULE));
    const replacing = parseDraft({
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Principle',
      metadata: { name: 'services-expose-apis' },
      spec: { owner: 'architecture', severity: 'critical', rule: 'false' },
    });
    for (const principle of [draft, replacing]) {
      const run = (withScores: boolean) =>
        previewPrinciple({
          draft: principle,
          preview: withScores ? preview : { ...preview, scores: new Map() },
          db,
          scope: ALL_ENTITIES,
          now,
        }).then(({ durationMs, ...rest }) => rest);
      const kept = await run(true);
      expect(kept).toEqual(await run(false));
      expect(kept.levelChanges.length).toBeGreaterThan(0);
    }
  });
});
