import type { Remediation } from '../../kinds/types';
import type { CheckResult, CheckStatus } from '../../model/results';
import type { CheckDefinition } from '../checkDefinitions';

/** Builds the result of a built-in check. */
export function makeCheck(
  definition: CheckDefinition,
  status: CheckStatus,
  message: string,
  extra?: { remediation?: Remediation; inheritedFrom?: string },
): CheckResult {
  const result: CheckResult = {
    id: definition.id,
    pillar: definition.pillar,
    title: definition.title,
    status,
    severity: definition.severity,
    message,
    rationale: definition.rationale,
  };
  if (status === 'fail' && extra?.remediation)
    result.remediation = extra.remediation;
  if (extra?.inheritedFrom) result.inheritedFrom = extra.inheritedFrom;
  return result;
}
