import {
  PrincipleEntity,
  preparePrinciple,
} from '@lodestar/backstage-plugin-alignment-common';
import type { LocatedEntity } from '../inputs/readInputs';
import { compileProblems, strategyProblems } from '../inputs/validateStrategy';

/**
 * Why the backend would reject the draft, found locally and worded as
 * `lodestar check` words it: the schema and catalog problems, a rule that
 * does not compile, or a deprecated status (the backend previews only
 * active principles, since a deprecated one checks nothing). Empty when the
 * draft is fit to send.
 */
export async function draftProblems(draft: LocatedEntity): Promise<string[]> {
  const invalid = await strategyProblems([draft]);
  // The rule is compiled only once the entity's shape is known to be right.
  if (invalid.length > 0) return invalid;

  const prepared = preparePrinciple(draft.entity as PrincipleEntity);
  const problems: string[] = [];
  if (!prepared.active) {
    problems.push(
      `${draft.file}:${draft.line}: Principle "${prepared.name}" is deprecated, so it would check nothing; set spec.status to active to preview it`,
    );
  }
  const compile = compileProblems(
    [
      {
        ref: prepared.ref,
        name: prepared.name,
        title: prepared.title,
        severity: prepared.severity,
        // Reported as an error even when deprecated: it is what is previewed.
        active: true,
        compiled: prepared.rule.ok,
        ...(prepared.rule.ok ? {} : { error: prepared.rule.error }),
      },
    ],
    [draft],
  );
  return [...problems, ...compile.errors];
}
