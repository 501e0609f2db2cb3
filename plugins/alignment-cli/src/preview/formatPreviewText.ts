import type { PrinciplePreview } from '@lodestar/backstage-plugin-alignment-common';
import type { Palette } from '../report/ansi';
import { plainLine, plainLines } from './plainText';

/** Owners and failing entities shown in text; `--format json` has them all. */
export const TEXT_LIMIT = 10;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function score(value: number | null): string {
  return value === null ? 'none' : String(value);
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map(row => row[i].length)),
  );
  // The first column is text and aligned left; the others are figures.
  return rows.map(row =>
    row
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
      )
      .join('  ')
      .trimEnd(),
  );
}

function outcomes(preview: PrinciplePreview, palette: Palette): string[] {
  const { applies, pass, fail, error } = preview;
  const counts = [
    palette.green(`${pass} pass`),
    fail > 0 ? palette.red(`${fail} fail`) : `${fail} fail`,
    error > 0 ? palette.yellow(`${error} error`) : `${error} error`,
  ];
  const lines = [
    `Applies to ${plural(applies, 'entity', 'entities')}: ${counts.join(', ')}`,
  ];
  if (applies === 0) {
    // Most often a selector that matches nothing, or entities out of sight.
    lines.push('  No entity you may see matches spec.appliesTo.');
  }
  lines.push(
    `Mean score: ${score(preview.meanScore.before)} → ${score(
      preview.meanScore.after,
    )}`,
  );
  if (preview.levelChanges.length === 0) {
    lines.push('Level changes: none');
  } else {
    lines.push('Level changes:');
    const rows = preview.levelChanges.map(c => [
      `${plainLine(c.from)} → ${plainLine(c.to)}`,
      String(c.count),
    ]);
    lines.push(...table(rows).map(row => `  ${row}`));
  }
  return lines;
}

function byOwner(preview: PrinciplePreview, palette: Palette): string[] {
  if (preview.byOwner.length === 0) return [];
  const shown = preview.byOwner.slice(0, TEXT_LIMIT);
  const of =
    preview.byOwner.length > shown.length
      ? `, top ${shown.length} of ${preview.byOwner.length}`
      : '';
  const rows = [
    ['owner', 'pass', 'fail', 'error'],
    ...shown.map(o => [
      o.owner ? plainLine(o.owner) : '(no owner)',
      String(o.pass),
      String(o.fail),
      String(o.error),
    ]),
  ];
  const [header, ...body] = table(rows);
  return [
    `By owner (most failures first${of}):`,
    `  ${palette.dim(header)}`,
    ...body.map(row => `  ${row}`),
  ];
}

function failing(preview: PrinciplePreview, palette: Palette): string[] {
  if (preview.failing.length === 0) return [];
  const shown = preview.failing.slice(0, TEXT_LIMIT);
  const total = preview.fail + preview.error;
  const lines = [
    `Failing entities (${
      total > shown.length ? `first ${shown.length} of ${total}` : total
    }):`,
  ];
  for (const f of shown) {
    const label =
      f.status === 'error'
        ? palette.yellow(palette.bold('ERROR'))
        : palette.red(palette.bold('FAIL '));
    const owner = f.owner ? `  ${palette.dim(plainLine(f.owner))}` : '';
    lines.push(
      `  ${label} ${palette.bold(plainLine(f.entityRef))}${owner}  score ${
        f.scoreBefore
      } → ${f.scoreAfter}`,
      ...plainLines(f.message).map(line => (line ? `        ${line}` : line)),
    );
  }
  return lines;
}

/**
 * The preview for people: the principle and snapshot, how many entities it
 * applies to and their outcomes, the mean score before and after, level
 * changes, the owners with most failures and the first failing entities
 * with their messages. Catalog text is printed as plain text only.
 */
export function formatPreviewText(
  preview: PrinciplePreview,
  palette: Palette,
): string {
  const blocks = [
    [
      `Preview of ${palette.bold(plainLine(preview.principleRef))}`,
      palette.dim(
        `  on the catalog as read at ${plainLine(preview.snapshotAt)}, in ${
          preview.durationMs
        } ms; nothing was stored`,
      ),
    ],
    outcomes(preview, palette),
    byOwner(preview, palette),
    failing(preview, palette),
  ].filter(block => block.length > 0);
  return `${blocks.map(block => block.join('\n')).join('\n\n')}\n`;
}
