import os from 'node:os';

/** Prints a Markdown table, ready to paste into docs/benchmarks.md. */
export function printTable(
  headers: string[],
  rows: Array<Array<string | number>>,
) {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  console.log(line(headers));
  console.log(line(headers.map(() => '---')));
  for (const row of rows) console.log(line(row));
  console.log();
}

/** The machine, for the record next to the figures. */
export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(
    os.totalmem() / 2 ** 30,
  )} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Parses `--name=value` flags. */
export function flags(argv = process.argv.slice(2)): Map<string, string> {
  const parsed = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match)
      throw new Error(
        `Unknown argument ${arg}; flags look like --sizes=10000,50000`,
      );
    parsed.set(match[1], match[2] ?? 'true');
  }
  return parsed;
}

export const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
export const seconds = (ms: number) => (ms / 1000).toFixed(1);
