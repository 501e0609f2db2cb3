import { compileRule } from '../rules/compileRule';
import { isCalendarDate } from './isCalendarDate';
import { joinPath, ValidationProblem } from './validationProblem';

/** Observations name a measure by its id, in URLs too, so ids stay plain. */
const MEASURE_ID = /^[a-z0-9][a-z0-9-]*$/;

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function catalogProblems(
  measure: Fields,
  path: string,
  out: ValidationProblem[],
): void {
  const catalog = measure.catalog;
  const fromCatalog = measure.source === 'catalog';
  if (fromCatalog && (catalog === undefined || catalog === null)) {
    out.push({
      path: joinPath(path, 'catalog'),
      message: 'is required when source is catalog',
    });
  }
  if (!isFields(catalog)) return;
  if (!fromCatalog) {
    out.push({
      path: joinPath(path, 'catalog'),
      message: 'is only allowed when source is catalog',
    });
  }
  for (const key of ['where', 'of']) {
    const rule = catalog[key];
    if (!nonEmptyString(rule)) continue;
    const compiled = compileRule(rule);
    if (!compiled.ok) {
      out.push({
        path: joinPath(joinPath(path, 'catalog'), key),
        message: `does not compile: ${compiled.error}`,
      });
    }
  }
  if (catalog.aggregate === 'count' && catalog.of !== undefined) {
    out.push({
      path: joinPath(joinPath(path, 'catalog'), 'of'),
      message: 'is only allowed when aggregate is share',
    });
  }
}

function baselineProblems(
  measure: Fields,
  path: string,
  out: ValidationProblem[],
): void {
  const baseline = measure.baseline;
  const by = measure.by;
  if (!isFields(baseline) || typeof by !== 'string') return;
  const date = baseline.date;
  if (typeof date !== 'string') return;
  if (!isCalendarDate(date) || !isCalendarDate(by)) return;
  // ISO dates compare correctly as strings.
  if (date >= by) {
    out.push({
      path: joinPath(joinPath(path, 'baseline'), 'date'),
      message: `must be before by (${by}), got "${date}"`,
    });
  }
}

/**
 * What the schema cannot say about an Objective's typed measures: ids that
 * are plain and unique, a `catalog` source exactly when `source: catalog`,
 * its CEL predicates compiling as boolean rules, `of` only for a share, and
 * a baseline dated before `by`. Entries in the free-text form, and values of
 * the wrong type (which the schema reports), are passed over.
 */
export function measureProblems(
  measures: unknown,
  path = 'spec.measures',
): ValidationProblem[] {
  if (!Array.isArray(measures)) return [];
  const out: ValidationProblem[] = [];
  const firstIndexOfId = new Map<string, number>();
  measures.forEach((measure, index) => {
    if (!isFields(measure) || !nonEmptyString(measure.id)) return;
    const itemPath = joinPath(path, index);
    const id = measure.id;
    if (!MEASURE_ID.test(id)) {
      out.push({
        path: joinPath(itemPath, 'id'),
        message: `must be lowercase letters, digits and hyphens, starting with a letter or digit, got "${id}"`,
      });
    }
    const first = firstIndexOfId.get(id);
    if (first === undefined) {
      firstIndexOfId.set(id, index);
    } else {
      out.push({
        path: joinPath(itemPath, 'id'),
        message: `repeats "${id}", the id of ${joinPath(
          path,
          first,
        )}; ids must be unique within the objective`,
      });
    }
    catalogProblems(measure, itemPath, out);
    baselineProblems(measure, itemPath, out);
  });
  return out;
}

/**
 * What the schema cannot say about the measures of a Strategy's
 * trajectory: the same as for an objective's, ids unique across the
 * trajectory, and `source: catalog`, because a direction of the
 * architecture is measured in the catalog itself.
 */
export function trajectoryProblems(trajectory: unknown): ValidationProblem[] {
  if (!Array.isArray(trajectory)) return [];
  const measures = trajectory.map(item =>
    isFields(item) && isFields(item.measure) ? item.measure : undefined,
  );
  const out = measureProblems(measures, 'spec.trajectory').map(problem => ({
    ...problem,
    // measureProblems names spec.trajectory[i]; the measure is one level down.
    path: problem.path.replace(/^(spec\.trajectory\[\d+\])/, '$1.measure'),
    message: problem.message
      .replace(/the id of (spec\.trajectory\[\d+\])/, 'the id of $1.measure')
      .replace('within the objective', 'within the trajectory'),
  }));
  measures.forEach((measure, index) => {
    if (measure && measure.source !== 'catalog') {
      out.push({
        path: `spec.trajectory[${index}].measure.source`,
        message: 'must be catalog: a direction is measured in the catalog',
      });
    }
  });
  return out;
}
