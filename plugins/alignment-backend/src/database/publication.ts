import type { Knex } from 'knex';

const STATE = 'lodestar_state';
const RUN = 'published_run';
const AT = 'published_at';

/** The whole-catalog run whose results are served. */
export interface Publication {
  /** Its id: its statistics are the served ones. */
  runId?: number;
  /**
   * When it started: it confirmed, at that time, every served result it
   * did not rewrite.
   */
  at?: string;
}

/** The published run, if any. */
export async function readPublication(knex: Knex): Promise<Publication> {
  const rows = await knex(STATE)
    .whereIn('key', [RUN, AT])
    .select('key', 'value');
  const value = (key: string) => rows.find(row => row.key === key)?.value;
  const runId = value(RUN);
  return {
    runId: runId === undefined ? undefined : Number(runId),
    at: value(AT),
  };
}

/** Records a run as the published one. */
export async function writePublication(
  trx: Knex.Transaction,
  publication: Required<Publication>,
): Promise<void> {
  await trx(STATE)
    .insert([
      { key: RUN, value: String(publication.runId) },
      { key: AT, value: publication.at },
    ])
    .onConflict('key')
    .merge();
}
