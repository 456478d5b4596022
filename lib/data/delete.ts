import type { FeedCoachDatabase } from '../db/database';

/**
 * Clears every table the database has, in one transaction: either all of FeedCoach's data is gone, or (if
 * anything fails) none of it is. Settings live elsewhere (extension storage) and are kept.
 */
export async function deleteEverything(db: FeedCoachDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
