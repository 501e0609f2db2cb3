// @ts-check

const { createHash } = require('node:crypto');

/**
 * A principle's check id becomes its full entity ref: `principle.<name>` is
 * now `principle:<namespace>/<name>`, so that same-named principles in two
 * namespaces no longer share an id (nor shadow one another). This rewrites
 * the ids already stored: waivers, so that they keep applying; the results
 * (check statuses and scorecards) and the runs' statistics, so that what is
 * served uses the new ids at once rather than after the next run.
 *
 * The old ids name no namespace. They are taken to be in `default`, where
 * the principles of a catalog without namespaces live, and lowercased as
 * entity refs are; a waiver of a principle in another namespace must be
 * created again.
 *
 * Rows are read in batches and rewritten in JavaScript, the JSON parsed
 * rather than matched as text, so the migration does the same on SQLite,
 * PostgreSQL and MySQL, and changes only ids: a message that happens to
 * mention `principle.x` stays as written.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await rewriteIds(knex, toRefId);
};

/**
 * Back to `principle.<name>`, whatever the namespace, as the previous
 * version named the checks; names stay lowercase.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await rewriteIds(knex, toNameId);
};

const BATCH = 200;

// What the previous version wrote: `principle.` and a Backstage entity name.
const NAME_ID = /^principle\.([^/:\s]+)$/;
const REF_ID = /^principle:([^/]+)\/(.+)$/;

/** @param {string} id */
function toRefId(id) {
  const match = NAME_ID.exec(id);
  return match ? `principle:default/${match[1].toLowerCase()}` : id;
}

/** @param {string} id */
function toNameId(id) {
  const match = REF_ID.exec(id);
  return match ? `principle.${match[2]}` : id;
}

/**
 * @typedef {(id: string) => string} MapId
 * @typedef {Record<string, any>} Row
 */

/**
 * @param {import('knex').Knex} knex
 * @param {MapId} mapId
 */
async function rewriteIds(knex, mapId) {
  await rewriteWaivers(knex, mapId);
  await eachRow(
    knex,
    'lodestar_results',
    ['run_id', 'entity_ref'],
    async row => {
      const statuses = JSON.parse(row.check_statuses || '{}');
      // Two ids that become one keep the later status, as the engine did.
      const renamed = renameKeys(statuses, mapId, (_, next) => next);
      const scorecard = JSON.parse(row.result);
      const scorecardChanged = renameChecks(scorecard, mapId);
      if (!renamed && !scorecardChanged) return;
      /** @type {Row} */
      const update = {};
      if (scorecardChanged) update.result = JSON.stringify(scorecard);
      if (renamed) {
        update.check_statuses = JSON.stringify(renamed);
        // A history point is added when the fingerprint changes: recompute
        // it with the new ids, or the next run would record a point for
        // every entity although nothing changed. Only a fingerprint this
        // formula (that of toStoredResult.ts) produced is recomputed.
        const score = Number(row.score);
        if (row.fingerprint === fingerprint(score, row.level, statuses))
          update.fingerprint = fingerprint(score, row.level, renamed);
      }
      await knex('lodestar_results')
        .where({ run_id: row.run_id, entity_ref: row.entity_ref })
        .update(update);
    },
  );
  await eachRow(knex, 'lodestar_runs', ['id'], async row => {
    if (!row.stats) return;
    const stats = JSON.parse(row.stats);
    let changed = false;
    const principles = renameKeys(stats.principles ?? {}, mapId, addCounts);
    if (principles) {
      stats.principles = principles;
      changed = true;
    }
    for (const [owner, cells] of Object.entries(stats.ownerPrinciples ?? {})) {
      const renamed = renameKeys(cells, mapId, addCounts);
      if (renamed) {
        stats.ownerPrinciples[owner] = renamed;
        changed = true;
      }
    }
    if (changed)
      await knex('lodestar_runs')
        .where({ id: row.id })
        .update({ stats: JSON.stringify(stats) });
  });
}

/**
 * At most one waiver per entity and check: when the new id is already
 * waived for the entity, the waiver that lasts longer stays.
 *
 * @param {import('knex').Knex} knex
 * @param {MapId} mapId
 */
async function rewriteWaivers(knex, mapId) {
  await eachRow(knex, 'lodestar_waivers', ['id'], async row => {
    const checkId = mapId(row.check_id);
    if (checkId === row.check_id) return;
    const clash = await knex('lodestar_waivers')
      .where({ entity_ref: row.entity_ref, check_id: checkId })
      .first();
    if (clash && clash.expires_at >= row.expires_at) {
      await knex('lodestar_waivers').where({ id: row.id }).delete();
      return;
    }
    if (clash) await knex('lodestar_waivers').where({ id: clash.id }).delete();
    await knex('lodestar_waivers')
      .where({ id: row.id })
      .update({ check_id: checkId });
  });
}

/**
 * Visits every row of a table in key order, a batch at a time, so a large
 * table is never held in memory. Keys must not change during the visit.
 *
 * @param {import('knex').Knex} knex
 * @param {string} table
 * @param {string[]} keys
 * @param {(row: Row) => Promise<void>} visit
 */
async function eachRow(knex, table, keys, visit) {
  /** @type {Row | undefined} */
  let last;
  for (;;) {
    const query = knex(table)
      .select('*')
      .orderBy(keys.map(column => ({ column })))
      .limit(BATCH);
    if (last) query.where(after(keys, last));
    const rows = await query;
    for (const row of rows) await visit(row);
    if (rows.length < BATCH) return;
    last = rows[rows.length - 1];
  }
}

/**
 * `(k1, k2, …) > (v1, v2, …)` spelled out, as not every engine compares
 * row values.
 *
 * @param {string[]} keys
 * @param {Row} last
 * @returns {(query: import('knex').Knex.QueryBuilder) => void}
 */
function after(keys, last) {
  return query => {
    const [first, ...rest] = keys;
    query.where(first, '>', last[first]);
    if (rest.length > 0)
      query.orWhere(inner =>
        inner.where(first, last[first]).andWhere(after(rest, last)),
      );
  };
}

/**
 * The object with its keys mapped, in their order, or undefined when no key
 * changes. Two keys that map to one (old ids of same-named principles) are
 * merged.
 *
 * @param {Record<string, any>} object
 * @param {MapId} mapId
 * @param {(previous: any, next: any) => any} merge
 */
function renameKeys(object, mapId, merge) {
  let changed = false;
  /** @type {Record<string, any>} */
  const renamed = {};
  for (const [key, value] of Object.entries(object)) {
    const id = mapId(key);
    if (id !== key) changed = true;
    renamed[id] = id in renamed ? merge(renamed[id], value) : value;
  }
  return changed ? renamed : undefined;
}

/**
 * Renames the ids of a scorecard's checks in place; true when one changed.
 *
 * @param {any} scorecard
 * @param {MapId} mapId
 */
function renameChecks(scorecard, mapId) {
  let changed = false;
  for (const pillar of scorecard?.pillars ?? []) {
    for (const check of pillar?.checks ?? []) {
      if (typeof check?.id !== 'string') continue;
      const id = mapId(check.id);
      if (id !== check.id) {
        check.id = id;
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * Adds up the counts of two principles that now share an id.
 *
 * @param {Record<string, number>} a
 * @param {Record<string, number>} b
 */
function addCounts(a, b) {
  /** @type {Record<string, number>} */
  const sum = { ...a };
  for (const [key, value] of Object.entries(b))
    sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

/**
 * The result fingerprint of toStoredResult.ts: a hash of score, level and
 * check statuses.
 *
 * @param {number} score
 * @param {string} level
 * @param {Record<string, string>} statuses
 */
function fingerprint(score, level, statuses) {
  return createHash('sha1')
    .update(`${score}|${level}|`)
    .update(
      Object.keys(statuses)
        .sort()
        .map(id => `${id}=${statuses[id]}`)
        .join(','),
    )
    .digest('hex');
}
