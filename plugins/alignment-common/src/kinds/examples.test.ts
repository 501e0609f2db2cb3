import type { Entity } from '@backstage/catalog-model';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isTypedMeasure, ObjectiveMeasure } from '../measures/types';
import { compileRule } from '../rules/compileRule';
import type { RuleContext } from '../rules/ruleEnvironment';
import { isLodestarEntity, ObjectiveEntity, StrategyEntity } from './types';
import {
  formatValidationProblems,
  validateLodestarEntity,
} from './validateKind';

// The Meridian example files, not the third-party catalog nor the fixtures
// that are invalid on purpose.
const examples = path.resolve(__dirname, '../../../../examples');
const entities: Entity[] = readdirSync(examples)
  .filter(name => name.endsWith('.yaml'))
  .flatMap(name =>
    parseAllDocuments(readFileSync(path.join(examples, name), 'utf8'))
      .map(doc => doc.toJS())
      .filter(value => value?.kind && value?.metadata?.name),
  );
const objectives = entities.filter(
  (e): e is ObjectiveEntity => isLodestarEntity(e) && e.kind === 'Objective',
);
const strategies = entities.filter(
  (e): e is StrategyEntity => isLodestarEntity(e) && e.kind === 'Strategy',
);
const measures: ObjectiveMeasure[] = objectives.flatMap(
  o => o.spec.measures ?? [],
);
const trajectoryMeasures = strategies.flatMap(s =>
  (s.spec.trajectory ?? []).flatMap(item =>
    typeof item === 'string' || !item.measure ? [] : [item.measure],
  ),
);

function matching(rule: string): Entity[] {
  const compiled = compileRule(rule);
  if (!compiled.ok) throw new Error(compiled.error);
  return entities.filter(entity =>
    compiled.evaluate({
      entity,
      owner: null,
      system: null,
      domain: null,
      objectives: [],
      facts: {},
      now: new Date('2026-11-21T00:00:00Z'),
    } as RuleContext),
  );
}

describe('the Meridian example strategy', () => {
  it('validates every Strategy, Objective and Principle', () => {
    const lodestar = entities.filter(isLodestarEntity);
    expect(lodestar.length).toBeGreaterThanOrEqual(18);
    const problems = lodestar.flatMap(entity =>
      formatValidationProblems(validateLodestarEntity(entity))
        .split('\n')
        .filter(Boolean)
        .map(line => `${entity.kind} ${entity.metadata.name}: ${line}`),
    );
    expect(problems).toEqual([]);
  });

  it('shows typed measures, with exactly one free-text measure left', () => {
    expect(measures.filter(m => !isTypedMeasure(m))).toHaveLength(1);
    expect(measures.filter(isTypedMeasure).length).toBeGreaterThan(10);
  });

  it('computes its catalog measures from entities that exist', () => {
    const fromCatalog = [...measures, ...trajectoryMeasures]
      .filter(isTypedMeasure)
      .filter(m => m.source === 'catalog');
    expect(fromCatalog.map(m => m.catalog?.aggregate).sort()).toEqual([
      'count',
      'share',
    ]);
    for (const { catalog } of fromCatalog) {
      const whole = catalog?.of ? matching(catalog.of) : entities;
      const counted = matching(catalog!.where).filter(e => whole.includes(e));
      expect(counted.length).toBeGreaterThan(0);
    }
  });
});
