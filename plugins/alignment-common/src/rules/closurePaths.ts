import type { ASTNode } from '@marcbachmann/cel-js';
import type { CompileNode, Scope } from './closureMacros';
import * as values from './closureValues';
import type { Closure } from './closureValues';

// Bound once, at load: the closures below run for every check (see the
// note in closureValues.ts).
const { bail, presentValue, readVariable, select } = values;

/*
 * Field paths (`entity.metadata.annotations`, `l.url`) compiled into one
 * closure each, rather than one per field: rules are mostly made of them.
 * Every step checks what the general `.` checks (see select()).
 *
 * A path that a `has()` earlier in the same `&&` chain found is read from
 * where that `has()` left it (see closureConjunctions.ts): the guard idiom
 * `has(entity.spec.x) && size(entity.spec.x) > 0` walks the path once.
 */

function selectAll(value: unknown, fields: readonly string[]): unknown {
  let current = value;
  for (const field of fields) current = select(current, field);
  return current;
}

function pathFromVariable(name: string, fields: string[]): Closure {
  const [a, b, c] = fields;
  switch (fields.length) {
    case 0:
      return vars => readVariable(vars, name);
    case 1:
      return vars => select(readVariable(vars, name), a);
    case 2:
      return vars => select(select(readVariable(vars, name), a), b);
    case 3:
      return vars => select(select(select(readVariable(vars, name), a), b), c);
    default:
      return vars => selectAll(readVariable(vars, name), fields);
  }
}

function pathFromLocal(slot: number, fields: string[]): Closure {
  const [a, b] = fields;
  switch (fields.length) {
    case 0:
      return (_vars, locals) => locals[slot];
    case 1:
      return (_vars, locals) => select(locals[slot], a);
    case 2:
      return (_vars, locals) => select(select(locals[slot], a), b);
    default:
      return (_vars, locals) => selectAll(locals[slot], fields);
  }
}

/**
 * The same string, as a property key: the parser's names are slices of the
 * rule text, and a name the engine has interned compares with the
 * constants of readVariable and select by identity, not character by
 * character, on every check.
 */
function interned(name: string): string {
  return Object.keys({ [name]: true })[0];
}

/** A path from a variable: its name, or its slot when a macro binds it. */
interface Path {
  binding: string | number;
  fields: string[];
}

/**
 * The node a `.` chain starts from and the fields it selects; undefined
 * for a chain through __proto__, which is never compiled, so that no
 * inherited member is read.
 */
function unwind(
  node: ASTNode,
): { root: ASTNode; fields: string[] } | undefined {
  const fields: string[] = [];
  let root = node;
  while (root.op === '.') {
    const [target, field] = root.args as [ASTNode, string];
    if (field === '__proto__') return undefined;
    fields.unshift(interned(field));
    root = target;
  }
  return { root, fields };
}

function pathOf(
  chain: { root: ASTNode; fields: string[] },
  scope: Scope,
): Path | undefined {
  if (chain.root.op !== 'id') return undefined;
  const name = interned(chain.root.args as string);
  const slot = scope.lastIndexOf(name);
  return { binding: slot >= 0 ? slot : name, fields: chain.fields };
}

/**
 * The scope entry under which a `has()` keeps the value it found: no CEL
 * identifier looks like it, and it names the path from its binding.
 */
function keyOf(binding: string | number, fields: readonly string[]): string {
  return `#${JSON.stringify([binding, ...fields])}`;
}

/** The path, from the nearest value a `has()` in scope kept, if any. */
function shortened(path: Path, scope: Scope): Path {
  for (let kept = path.fields.length; kept > 0; kept--) {
    const key = keyOf(path.binding, path.fields.slice(0, kept));
    const slot = scope.lastIndexOf(key);
    if (slot >= 0) return { binding: slot, fields: path.fields.slice(kept) };
  }
  return path;
}

function readPath({ binding, fields }: Path): Closure {
  return typeof binding === 'number'
    ? pathFromLocal(binding, fields)
    : pathFromVariable(binding, fields);
}

/** A variable, or a chain of `.` field selections, as one closure. */
export function compilePath(
  node: ASTNode,
  scope: Scope,
  compile: CompileNode,
): Closure | undefined {
  const chain = unwind(node);
  if (!chain) return undefined;
  const path = pathOf(chain, scope);
  if (path) return readPath(shortened(path, scope));
  const target = compile(chain.root, scope);
  if (!target) return undefined;
  const { fields } = chain;
  return (vars, locals) => selectAll(target(vars, locals), fields);
}

/**
 * The slot of the locals a path reads whole, if it is one: a
 * comprehension's variable, or a value a `has()` kept. Operators read such
 * an operand themselves instead of calling a closure for it.
 */
export function slotOf(node: ASTNode, scope: Scope): number | undefined {
  const chain = unwind(node);
  const path = chain && pathOf(chain, scope);
  if (!path) return undefined;
  const { binding, fields } = shortened(path, scope);
  return typeof binding === 'number' && fields.length === 0
    ? binding
    : undefined;
}

/** The scope key of `has(node)`'s path, when later reads can reuse its value. */
export function presenceKey(node: ASTNode, scope: Scope): string | undefined {
  const chain = unwind(node);
  const path = chain && pathOf(chain, scope);
  return path && path.fields.length > 0
    ? keyOf(path.binding, path.fields)
    : undefined;
}

/** What a `has()` in an `&&` chain keeps, and the rest of the chain. */
export interface Keep {
  /** The slot of the locals the value found goes to. */
  slot: number;
  /** The operands after the `has()`, which read the value from there. */
  then: Closure;
}

// A `has()` that keeps what it found: false when it found nothing, else
// the rest of the chain. A function would make every later read of the
// value bail; it bails at once.
function keptThen(
  value: unknown,
  keep: Keep,
  vars: Record<string, unknown>,
  locals: unknown[],
): boolean {
  if (value === undefined) return false;
  if (typeof value === 'function') bail();
  locals[keep.slot] = value;
  const rest = keep.then(vars, locals);
  if (rest === true || rest === false) return rest;
  return bail();
}

/**
 * `has(x.field)`, the path to `x` read in the same closure. With `keep`,
 * `has(x.field) && rest`: the value found is kept in a slot of the locals,
 * for the reads of the same path in `rest`.
 */
export function compilePresence(
  node: ASTNode,
  scope: Scope,
  compile: CompileNode,
  keep?: Keep,
): Closure | undefined {
  const [targetNode, rawField] = node.args as [ASTNode, string];
  const field = interned(rawField);
  const chain = unwind(targetNode);
  const found = chain && pathOf(chain, scope);
  const { binding, fields } = found
    ? shortened(found, scope)
    : { binding: undefined, fields: [] };
  const [a] = fields;
  if (typeof binding === 'string' && fields.length === 1) {
    return keep === undefined
      ? vars =>
          presentValue(select(readVariable(vars, binding), a), field) !==
          undefined
      : (vars, locals) =>
          keptThen(
            presentValue(select(readVariable(vars, binding), a), field),
            keep,
            vars,
            locals,
          );
  }
  if (typeof binding === 'number' && fields.length === 0) {
    return keep === undefined
      ? (_vars, locals) => presentValue(locals[binding], field) !== undefined
      : (vars, locals) =>
          keptThen(presentValue(locals[binding], field), keep, vars, locals);
  }
  const parent =
    binding === undefined
      ? compile(targetNode, scope)
      : readPath({ binding, fields });
  if (!parent) return undefined;
  return keep === undefined
    ? (vars, locals) => presentValue(parent(vars, locals), field) !== undefined
    : (vars, locals) =>
        keptThen(presentValue(parent(vars, locals), field), keep, vars, locals);
}
