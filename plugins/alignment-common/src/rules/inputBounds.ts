/*
 * The sizes the cost estimate of a rule (ruleCost.ts) works from: the
 * largest list (or map, by its number of keys) and the longest string
 * (keys included) anywhere among the values a rule reads. Every value is
 * walked in full, so the bound holds whatever path a rule takes.
 */

/** The largest list length and string length among a rule's inputs. */
export interface InputBounds {
  list: number;
  string: number;
}

// Catalog entities are a few levels deep and never share or cycle; values
// deeper or bigger than this are walked again by the walk that remembers
// every object it has seen, which ends on any graph.
const PLAIN_DEPTH = 32;
const PLAIN_VISITS = 20_000;
let visits = 0;

/**
 * Walks a tree of plain values into `bounds`; false when it went past the
 * depth or visit limit (a deep, shared or cyclic graph), and so stopped.
 */
function walkTree(value: object, bounds: InputBounds, depth: number): boolean {
  visits += 1;
  if (depth > PLAIN_DEPTH || visits > PLAIN_VISITS) return false;
  if (Array.isArray(value)) {
    if (value.length > bounds.list) bounds.list = value.length;
    for (let i = 0; i < value.length; i++) {
      if (!walkChild(value[i], bounds, depth)) return false;
    }
    return true;
  }
  if (value instanceof Date) return true;
  const keys = Object.keys(value);
  if (keys.length > bounds.list) bounds.list = keys.length;
  for (const key of keys) {
    if (key.length > bounds.string) bounds.string = key.length;
    if (!walkChild((value as Record<string, unknown>)[key], bounds, depth))
      return false;
  }
  return true;
}

function walkChild(child: unknown, bounds: InputBounds, depth: number) {
  if (typeof child === 'string') {
    if (child.length > bounds.string) bounds.string = child.length;
    return true;
  }
  if (child === null || typeof child !== 'object') return true;
  return walkTree(child, bounds, depth + 1);
}

/** The same bounds as walkTree, for any graph: each object is visited once. */
function walkGraph(root: object): InputBounds {
  const bounds = { list: 0, string: 0 };
  const pending: unknown[] = [root];
  const seen = new Set<object>();
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      bounds.string = Math.max(bounds.string, value.length);
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      if (Array.isArray(value)) {
        bounds.list = Math.max(bounds.list, value.length);
        for (const item of value) pending.push(item);
      } else if (!(value instanceof Date)) {
        const keys = Object.keys(value);
        bounds.list = Math.max(bounds.list, keys.length);
        for (const key of keys) {
          pending.push(key, (value as Record<string, unknown>)[key]);
        }
      }
    }
  }
  return bounds;
}

// By object: the owner, system, domain and objectives an entity's context
// shares with many others are walked once, not once per entity.
const boundsCache = new WeakMap<object, InputBounds>();

/** The largest list and string inside one value, computed once per object. */
function boundsOf(root: unknown): InputBounds {
  if (typeof root === 'string') return { list: 0, string: root.length };
  if (!root || typeof root !== 'object') return { list: 0, string: 0 };
  let bounds = boundsCache.get(root);
  if (bounds) return bounds;
  bounds = { list: 0, string: 0 };
  visits = 0;
  if (!walkTree(root, bounds, 0)) bounds = walkGraph(root);
  boundsCache.set(root, bounds);
  return bounds;
}

// The rules that apply to an entity are evaluated one after the other on
// the same context: its bounds are looked up for the first of them only.
let lastContext: object | undefined;
let lastBounds: InputBounds = { list: 0, string: 0 };
// A context made for one entity and dropped after its rules ran, which is
// not worth remembering: putting each in the cache cost the engine more
// than walking the values it shares with other contexts.
let transient: object | undefined;

/**
 * Tells inputBounds that `context` serves one entity's rules and is then
 * dropped: its bounds are worked out when a rule first needs them, from
 * the remembered bounds of its values, but the context itself is not
 * remembered.
 */
export function usedOnce(context: object): void {
  transient = context;
}

/**
 * The largest list and string among the values a rule reads (a context's
 * own values; the items of a list value are walked one by one, so that
 * each can be remembered). Computed once per context and per value.
 */
export function inputBounds(context: object): InputBounds {
  if (context === lastContext) return lastBounds;
  const remembered = context !== transient;
  let bounds = remembered ? boundsCache.get(context) : undefined;
  if (!bounds) {
    bounds = { list: 0, string: 0 };
    for (const value of Object.values(context)) {
      if (Array.isArray(value)) {
        if (value.length > bounds.list) bounds.list = value.length;
        for (const item of value) merge(bounds, boundsOf(item));
      } else {
        merge(bounds, boundsOf(value));
      }
    }
    if (remembered) boundsCache.set(context, bounds);
  }
  lastContext = context;
  lastBounds = bounds;
  return bounds;
}

function merge(into: InputBounds, from: InputBounds) {
  if (from.list > into.list) into.list = from.list;
  if (from.string > into.string) into.string = from.string;
}
