import type { Entity } from '@backstage/catalog-model';
import { previewDraft, readPrincipleText } from './principleSpec';
import { principleEntity, RULE } from './__fixtures__/principle';

function withSpec(spec: Record<string, unknown>): Entity {
  // Malformed on purpose: the catalog keeps invalid principles too.
  return { ...principleEntity, spec: spec as Entity['spec'] };
}

describe('readPrincipleText', () => {
  it('reads the fields of a valid principle', () => {
    expect(readPrincipleText(principleEntity)).toEqual({
      rule: RULE,
      severity: 'high',
      status: 'active',
      appliesTo: {
        kind: 'Component',
        type: 'service',
        lifecycle: 'production',
      },
      rationale: expect.stringContaining('nobody else can reuse'),
      tradeOff: expect.stringContaining('Integration over isolation'),
      remediation: {
        text: expect.stringContaining('providesApis'),
        yaml: 'spec:\n  providesApis:\n    - my-service-api\n',
      },
    });
  });

  it('takes a remediation written as a plain string, and status active by default', () => {
    const text = readPrincipleText(
      withSpec({ rule: 'true', remediation: 'Add an API.' }),
    );
    expect(text.remediation).toEqual({ text: 'Add an API.' });
    expect(text.status).toBe('active');
  });

  it('treats fields of the wrong type as absent, since invalid principles are shown too', () => {
    const text = readPrincipleText(
      withSpec({
        rule: 42,
        severity: ['high'],
        appliesTo: ['Component'],
        rationale: '   ',
        remediation: { yaml: 7 },
      }),
    );
    expect(text).toEqual({
      rule: '',
      severity: undefined,
      status: 'active',
      appliesTo: undefined,
      rationale: undefined,
      tradeOff: undefined,
      remediation: undefined,
    });
  });
});

describe('previewDraft', () => {
  it('copies the entity with the edited rule, leaving out catalog-only metadata', () => {
    const draft = previewDraft(principleEntity, 'true');
    expect(draft.metadata).toEqual({
      name: 'services-expose-apis',
      namespace: 'default',
      title: 'Production services expose their capabilities as APIs',
    });
    expect(draft.spec).toEqual({ ...principleEntity.spec, rule: 'true' });
    expect(principleEntity.spec!.rule).toBe(RULE);
  });
});
