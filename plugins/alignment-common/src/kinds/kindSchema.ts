/**
 * The subset of JSON Schema (draft-07) used by the Lodestar kinds. The schemas
 * are plain data so editors (yaml-language-server) can use them; `format`
 * adds two checks of our own: `date` (a real ISO calendar date) and
 * `entity-ref` (a Backstage entity reference, short forms allowed).
 * @public
 */
export interface KindSchema {
  /** The JSON type the value must have; a `number` must also be finite. */
  type?: 'object' | 'string' | 'array' | 'number';
  /** What the value means, for editors; not checked. */
  description?: string;
  /** Properties an object must have, with a value other than null. */
  required?: string[];
  /** Schemas of the properties an object may have. */
  properties?: Record<string, KindSchema>;
  /** `false` to reject properties not listed in `properties`. */
  additionalProperties?: boolean;
  /** Schema of every item of an array. */
  items?: KindSchema;
  /** The only values a string may take. */
  enum?: readonly string[];
  /** Minimum length of a string, not counting surrounding whitespace. */
  minLength?: number;
  /** An extra check of a string: a real ISO calendar `date`, or an `entity-ref`. */
  format?: 'date' | 'entity-ref';
  /** Alternatives: the value is valid when it fits at least one of them. */
  anyOf?: KindSchema[];
  /**
   * A condition that picks the schema the value is judged against: `then`
   * when the value fits it, `else` otherwise. Its own problems are never
   * reported, so the value gets the precise messages of one form.
   */
  if?: KindSchema;
  /** The schema for a value that fits `if`. */
  then?: KindSchema;
  /** The schema for a value that does not fit `if`. */
  else?: KindSchema;
}
