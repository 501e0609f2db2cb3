/** One problem found in an entity: where, and what is wrong. @public */
export interface ValidationProblem {
  /** Dotted path from the entity root, e.g. `spec.appliesTo.kind[1]`. */
  path: string;
  /** What is wrong there, e.g. `must be one of critical, high, medium, low`. */
  message: string;
}

/** The path of a property or list item below `path`, e.g. `spec.measures[1]`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
