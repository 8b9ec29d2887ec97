import { liveFeedWriter, type Db } from '@brigade/db';
import type { LiveFeedPort } from '../../domain/live/ports';

/**
 * Appends to the live feed in the transaction that is open (it throws when none is); the
 * streams of every instance are woken once it commits.
 */
export function liveFeedRepository(db: Db): LiveFeedPort {
  const writer = liveFeedWriter(db);
  return { append: (entry) => writer.append(entry) };
}
