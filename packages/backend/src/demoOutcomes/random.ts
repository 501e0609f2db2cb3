/**
 * Pseudo-random numbers that are a pure function of their inputs: the demo
 * data must come out the same on every start, so that a restart on the same
 * day pushes observations the backend already holds (counted as
 * duplicates) instead of a second, different history.
 */

/** FNV-1a over the UTF-16 code units of the text, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finalizer: spreads nearby hashes apart. */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A number in [0, 1) determined by `parts`: the same parts always give the
 * same number, different parts numbers that look unrelated.
 */
export function seededUnit(...parts: ReadonlyArray<string | number>): number {
  return mix(fnv1a(parts.join('\u241f'))) / 2 ** 32;
}

/** A number in [min, max) determined by `parts`. */
export function seededBetween(
  min: number,
  max: number,
  ...parts: ReadonlyArray<string | number>
): number {
  return min + (max - min) * seededUnit(...parts);
}

/** A number in [-amplitude, amplitude) determined by `parts`. */
export function seededNoise(
  amplitude: number,
  ...parts: ReadonlyArray<string | number>
): number {
  return seededBetween(-amplitude, amplitude, ...parts);
}
