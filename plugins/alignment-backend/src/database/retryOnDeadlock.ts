import { setTimeout as sleep } from 'node:timers/promises';

/** How many times a transaction is tried before its deadlock is reported. */
const ATTEMPTS = 5;

/**
 * Whether the database chose this transaction as a deadlock victim (or, on
 * PostgreSQL, failed it for serialization). Nothing it wrote was kept, so
 * it can be run again as a whole.
 */
export function isDeadlock(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return (
    code === 'ER_LOCK_DEADLOCK' || // MySQL, MariaDB
    code === '40P01' || // PostgreSQL: deadlock_detected
    code === '40001' // PostgreSQL: serialization_failure
  );
}

/**
 * Runs a transaction again when the database broke a deadlock by rolling it
 * back. InnoDB takes next-key locks when concurrent transactions delete and
 * insert the same unique key, so two waiver writes for one check can
 * deadlock there instead of one of them meeting the unique constraint; run
 * again, the loser meets the constraint and gets a clear conflict.
 */
export async function retryOnDeadlock<T>(
  transaction: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= ATTEMPTS) throw error;
      // A short random pause so the retried writers do not collide again.
      await sleep(Math.random() * 10 * attempt);
    }
  }
}
