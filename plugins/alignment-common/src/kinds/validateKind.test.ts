import { Entity } from '@backstage/catalog-model';
import {
  formatValidationProblems,
  validateLodestarEntity,
} from './validateKind';

function principle(spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'lodestar.dev/v1alpha1',
    kind: 'Principle',
    metadata: { name: 'services-expose-apis' },
    spec: {
      owner: 'platform',
      severity: 'high',
      rule: 'has(entity.spec.providesApis)',
      ...spec,
    },
  };
}

describe('validateLodestarEntity', () => {
  it('accepts a complete principle', () => {
    expect(
      validateLodestarEntity(
        principle({
          status: 'active',
          appliesTo: { kind: ['Component', 'api'], lifecycle: 'production' },
          remediation: {
            text: 'Declare the API.',
            yaml: 'spec:\n  providesApis: [x]\n',
          },
        }),
      ),
    ).toEqual([]);
  });

  it('names the path and the allowed values for an unknown severity', () => {
    const problems = validateLodestarEntity(principle({ severity: 'urgent' }));
    expect(formatValidationProblems(problems)).toBe(
      'spec.severity: must be one of critical, high, medium, low',
    );
  });

  it('reports missing required fields and misspelt selector fields', () => {
    const entity = principle({ appliesTo: { lifecyle: 'production' } });
    delete (entity.spec as Record<string, unknown>).rule;
    expect(validateLodestarEntity(entity)).toEqual([
      { path: 'spec.rule', message: 'is required' },
      {
        path: 'spec.appliesTo.lifecyle',
        message:
          'is not a known field (expected one of kind, type, lifecycle, tags, system, domain)',
      },
    ]);
  });

  it('rejects impossible dates, unknown triggers and malformed refs in a strategy', () => {
    const problems = validateLodestarEntity({
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Strategy',
      metadata: { name: 'company' },
      spec: {
        owner: 'group:default/',
        thesis: 'Win the US mid-market',
        revisions: [
          { date: '2026-02-30', trigger: 'funding-round', summary: 'Series B' },
          { date: '2024-01-15', trigger: 'pivot', summary: 'Network effects' },
        ],
      },
    });
    expect(problems.map(p => p.path)).toEqual([
      'spec.owner',
      'spec.revisions[0].date',
      'spec.revisions[1].trigger',
    ]);
    expect(problems[1].message).toBe(
      'must be an ISO date (YYYY-MM-DD), got "2026-02-30"',
    );
  });

  it('explains a selector that is neither a string nor a list of strings', () => {
    expect(
      validateLodestarEntity(principle({ appliesTo: { tags: [1] } })),
    ).toEqual([
      {
        path: 'spec.appliesTo.tags',
        message: 'must be a string or a list of strings',
      },
    ]);
  });

  it('requires a status among the objective vocabulary', () => {
    const problems = validateLodestarEntity({
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Objective',
      metadata: { name: 'grow-network' },
      spec: { owner: 'leadership', strategy: 'company', status: 'paused' },
    });
    expect(formatValidationProblems(problems)).toBe(
      'spec.status: must be one of proposed, active, retired',
    );
  });
});
