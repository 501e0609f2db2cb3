import { DORA_FACTS } from '../facts/dora';
import type { FactDefinition } from '../facts/types';
import type { Severity } from '../kinds/types';

/**
 * How the engine scores and what it checks. Every field has a default
 * ({@link DEFAULT_ALIGNMENT_CONFIG}); adopters override them in app-config
 * under `lodestar`.
 * @public
 */
export interface AlignmentConfig {
  /** Weight of a check of each severity in the score. */
  weights: Record<Severity, number>;
  /** Lowest scores of the `aligned` and `at-risk` levels. */
  levelThresholds: { aligned: number; atRisk: number };
  /** Annotations any one of which is an escalation/on-call path. */
  onCallAnnotations: string[];
  /** Component types that need an on-call path when in production. */
  onCallComponentTypes: string[];
  /** Kinds that are evaluated. */
  evaluatedKinds: string[];
  /** The fact keys rules may read: the four DORA keys and those declared in config. */
  facts: readonly FactDefinition[];
}

/**
 * The defaults: severity weights 10, 5, 3 and 1; `aligned` from 90, `at-risk`
 * from 70; a PagerDuty, Opsgenie or `lodestar.dev/on-call` annotation as the
 * on-call path production services need; Component, API, Resource and System
 * evaluated; the four DORA facts.
 * @public
 */
export const DEFAULT_ALIGNMENT_CONFIG: AlignmentConfig = {
  weights: { critical: 10, high: 5, medium: 3, low: 1 },
  levelThresholds: { aligned: 90, atRisk: 70 },
  onCallAnnotations: [
    'pagerduty.com/service-id',
    'pagerduty.com/integration-key',
    'opsgenie.com/team',
    'opsgenie.com/component-selector',
    'lodestar.dev/on-call',
  ],
  onCallComponentTypes: ['service'],
  evaluatedKinds: ['Component', 'API', 'Resource', 'System'],
  facts: DORA_FACTS,
};

/** Fills in the defaults of a partial configuration. @public */
export function resolveAlignmentConfig(
  partial?: Partial<AlignmentConfig>,
): AlignmentConfig {
  return {
    ...DEFAULT_ALIGNMENT_CONFIG,
    ...partial,
    weights: { ...DEFAULT_ALIGNMENT_CONFIG.weights, ...partial?.weights },
    levelThresholds: {
      ...DEFAULT_ALIGNMENT_CONFIG.levelThresholds,
      ...partial?.levelThresholds,
    },
  };
}
