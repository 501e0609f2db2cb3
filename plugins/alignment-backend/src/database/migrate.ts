import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@lodestar/backstage-plugin-alignment-backend',
  'migrations',
);

/** Brings the plugin's tables to the latest schema. */
export async function migrateUp(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: migrationsDir,
    tableName: 'lodestar_knex_migrations',
  });
}

/** Rolls every migration back (tests of the down path). */
export async function migrateDownAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback(
    { directory: migrationsDir, tableName: 'lodestar_knex_migrations' },
    true,
  );
}
