import { MEASURE_CADENCES, MEASURE_DIRECTIONS } from '../measures/types';
import type { KindSchema } from './kindSchema';
import { isoDate, number, text } from './schemaParts';

/** How a measure with `source: catalog` is computed from the catalog. */
const catalogMeasureSourceSchema: KindSchema = {
  type: 'object',
  required: ['aggregate', 'where'],
  additionalProperties: false,
  properties: {
    aggregate: { type: 'string', enum: ['count', 'share'] },
    where: { ...text, description: 'CEL predicate over `entity`' },
    of: {
      ...text,
      description:
        'For a share: CEL predicate of the whole (every entity when absent)',
    },
  },
};

/** The typed form of a measure: numbers, a direction and a date. */
export const typedMeasureSchema: KindSchema = {
  type: 'object',
  description: 'A measure with numbers, which observations name by its id',
  required: ['id', 'title', 'unit', 'direction', 'target', 'by'],
  additionalProperties: false,
  properties: {
    id: text,
    title: text,
    unit: text,
    direction: { type: 'string', enum: MEASURE_DIRECTIONS },
    target: number,
    by: isoDate,
    baseline: {
      type: 'object',
      required: ['value', 'date'],
      additionalProperties: false,
      properties: { value: number, date: isoDate },
    },
    cadence: { type: 'string', enum: MEASURE_CADENCES },
    source: { type: 'string', enum: ['push', 'catalog'] },
    catalog: catalogMeasureSourceSchema,
  },
};

/** The older, free-text form of a measure. */
export const freeTextMeasureSchema: KindSchema = {
  type: 'object',
  description: 'A metric with its target as text; records no values',
  required: ['metric', 'target'],
  additionalProperties: false,
  properties: { metric: text, target: text },
};

/**
 * An entry of `spec.measures`. The form is chosen from the entry itself, so
 * a broken entry is reported against the form the author meant rather than
 * as fitting neither: an `id` makes it typed; otherwise a `metric` makes it
 * free text; anything else is judged as the typed form, the current one.
 */
export const objectiveMeasureSchema: KindSchema = {
  if: { required: ['id'] },
  then: typedMeasureSchema,
  else: {
    if: { required: ['metric'] },
    then: freeTextMeasureSchema,
    else: typedMeasureSchema,
  },
};
