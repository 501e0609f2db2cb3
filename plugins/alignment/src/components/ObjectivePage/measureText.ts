/**
 * How a measure of an Objective reads as one line of text. Measures are
 * written as free text, as `{ metric, target }` (the current schema) or,
 * later, as `{ id, title, unit, direction, target, by, baseline, cadence }`;
 * whatever the shape, the page shows words, never markup.
 */

type Fields = Record<string, unknown>;

const AT_LEAST = new Set(['increase', 'up', 'higher', 'maximize', 'maximise']);
const AT_MOST = new Set(['decrease', 'down', 'lower', 'minimize', 'minimise']);

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return undefined;
}

function target(fields: Fields): string | undefined {
  const value = scalar(fields.target);
  if (!value) return undefined;
  const unit = scalar(fields.unit);
  const direction = scalar(fields.direction)?.toLowerCase() ?? '';
  let bound = '';
  if (AT_LEAST.has(direction)) bound = 'at least ';
  else if (AT_MOST.has(direction)) bound = 'at most ';
  return `target ${bound}${value}${unit ? ` ${unit}` : ''}`;
}

const KNOWN = [
  'id',
  'title',
  'metric',
  'name',
  'target',
  'unit',
  'direction',
  'by',
  'baseline',
  'cadence',
];

function objectText(fields: Fields): string {
  const name =
    scalar(fields.title) ?? scalar(fields.metric) ?? scalar(fields.name);
  const unit = scalar(fields.unit);
  const baseline = scalar(fields.baseline);
  const parts = [
    target(fields),
    scalar(fields.by) && `by ${scalar(fields.by)}`,
    baseline && `baseline ${baseline}${unit ? ` ${unit}` : ''}`,
    scalar(fields.cadence) && `measured ${scalar(fields.cadence)}`,
  ].filter(Boolean);
  // Fields of a shape this page does not know, so nothing written is lost.
  const others = Object.entries(fields)
    .filter(
      ([key, value]) =>
        !KNOWN.includes(key) && value !== null && value !== undefined,
    )
    .map(([key, value]) => `${key}: ${scalar(value) ?? JSON.stringify(value)}`);
  const details = [...parts, ...others].join(', ');
  const label = name ?? scalar(fields.id);
  if (label && details) return `${label}: ${details}`;
  return label ?? details;
}

/** One measure as text; undefined for an empty one. */
export function measureText(measure: unknown): string | undefined {
  if (Array.isArray(measure)) {
    const items = measure.map(measureText).filter(Boolean);
    return items.length ? items.join('; ') : undefined;
  }
  if (measure && typeof measure === 'object') {
    return objectText(measure as Fields) || undefined;
  }
  return scalar(measure);
}
