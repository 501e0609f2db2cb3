/*
 * Reads the install steps out of a package README, as an adopter would
 * follow them, and applies them to a generated Backstage app.
 *
 * A README's steps are:
 * - `yarn --cwd <workspace> add <packages…>` lines in `sh` blocks;
 * - code blocks with a `title="<file>"` attribute: the lines between
 *   `highlight-add` markers are added to that file, after the context lines
 *   that precede them (which must stand in the file, in that order);
 * - `yaml` blocks titled `app-config.yaml`, merged into the app's config.
 *
 * Blocks under a heading that names the new or the legacy frontend system
 * apply only to apps on that system. Untitled blocks are illustrations and
 * are not applied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FENCE = /^```(\w*)(.*)$/;

function headingVariant(heading) {
  if (/legacy frontend system/i.test(heading)) return 'legacy';
  if (/new frontend system/i.test(heading)) return 'new';
  return undefined;
}

/**
 * Parses a README into its install commands and titled code blocks.
 * @returns {{ installs: {workspace: string, packages: string[], variant?: string}[], edits: {file: string, lang: string, lines: string[], variant?: string}[] }}
 */
export function parseReadmeSteps(markdown) {
  const installs = [];
  const edits = [];
  const headings = [];
  let block;
  for (const line of markdown.split('\n')) {
    if (block) {
      if (line.startsWith('```')) {
        collect(block);
        block = undefined;
      } else {
        block.lines.push(line);
      }
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const title = /title="([^"]+)"/.exec(fence[2])?.[1];
      const variant = headings.map(headingVariant).filter(Boolean).pop();
      block = { lang: fence[1], title, variant, lines: [] };
      continue;
    }
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      headings.length = heading[1].length - 1;
      headings[heading[1].length - 1] = heading[2];
    }
  }

  function collect({ lang, title, variant, lines }) {
    if (lang === 'sh') {
      for (const command of lines) {
        const add = /^yarn --cwd (\S+) add (.+)$/.exec(command.trim());
        if (add) {
          installs.push({
            workspace: add[1],
            packages: add[2].split(/\s+/),
            variant,
          });
        }
      }
    } else if (title) {
      edits.push({ file: title, lang, lines, variant });
    }
  }

  return { installs, edits };
}

const ADD_START = /highlight-add-start/;
const ADD_END = /highlight-add-end/;
const ADD_NEXT = /highlight-add-next-line/;

function isPlaceholder(trimmed) {
  return (
    trimmed === '' ||
    trimmed === '...' ||
    /^\/\/ \.\.\./.test(trimmed) ||
    /^\{\/\* \.\.\..*\*\/\}$/.test(trimmed)
  );
}

/**
 * Splits a snippet into context lines and added chunks, in order.
 * @returns {({ context: string } | { added: string[] })[]}
 */
export function snippetParts(lines) {
  const parts = [];
  let adding = false;
  let addNext = false;
  let chunk;
  const flush = () => {
    if (chunk?.length) parts.push({ added: chunk });
    chunk = undefined;
  };
  for (const line of lines) {
    if (ADD_START.test(line)) {
      adding = true;
      chunk = [];
    } else if (ADD_END.test(line)) {
      adding = false;
      flush();
    } else if (ADD_NEXT.test(line)) {
      addNext = true;
    } else if (adding) {
      chunk.push(line);
    } else if (addNext) {
      parts.push({ added: [line] });
      addNext = false;
    } else if (!isPlaceholder(line.trim())) {
      parts.push({ context: line.trim() });
    }
  }
  return parts;
}

/**
 * Adds a snippet's added lines to a file's text, after the context lines
 * that precede them. Throws, naming the line, when the file lacks one.
 */
export function applySnippet(text, lines, file) {
  const target = text.split('\n');
  // Added lines before any context go to the top (imports).
  let cursor = 0;
  for (const part of snippetParts(lines)) {
    if ('context' in part) {
      const at = target.findIndex(
        (line, index) => index >= cursor && line.trim() === part.context,
      );
      if (at < 0) {
        throw new Error(
          `${file} has no line "${part.context}" where the README's snippet expects it`,
        );
      }
      cursor = at + 1;
    } else {
      target.splice(cursor, 0, ...part.added);
      cursor += part.added.length;
    }
  }
  return target.join('\n');
}

/** Deep-merges YAML config objects; lists are appended to. */
export function mergeConfig(base, extra) {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (
    base &&
    extra &&
    typeof base === 'object' &&
    typeof extra === 'object' &&
    !Array.isArray(base) &&
    !Array.isArray(extra)
  ) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(extra)) {
      merged[key] = key in base ? mergeConfig(base[key], value) : value;
    }
    return merged;
  }
  return extra;
}

/**
 * Applies one README's steps to the app in `appDir` on frontend system
 * `variant`. Returns the installs, which the caller resolves to tarballs.
 */
export function applyReadme({ readmePath, appDir, variant, yaml }) {
  const steps = parseReadmeSteps(readFileSync(readmePath, 'utf8'));
  const applies = step => !step.variant || step.variant === variant;
  for (const edit of steps.edits.filter(applies)) {
    const file = path.join(appDir, edit.file);
    const text = readFileSync(file, 'utf8');
    if (edit.lang === 'yaml') {
      const merged = mergeConfig(
        yaml.parse(text),
        yaml.parse(edit.lines.join('\n')),
      );
      writeFileSync(file, yaml.stringify(merged));
    } else {
      writeFileSync(file, applySnippet(text, edit.lines, edit.file));
    }
  }
  return steps.installs.filter(applies);
}
