import type { Db } from '@brigade/db';
import type { TableSessionsPort } from '../../domain/floor/ports';
import type { LiveFeedPort } from '../../domain/live/ports';
import { floorAreaRepository } from './floor-areas.repository';
import { pruneTableSessions } from './floor-prune.repository';
import { floorSessionLifecycle } from './floor-session-lifecycle.repository';
import { floorSessionRepository } from './floor-sessions.repository';
import { floorTableRepository } from './floor-tables.repository';

/**
 * The floor: table sessions for the order use cases, areas and tables for floor management.
 * Table status changes append to `feed` in the transaction of the change.
 */
export function tableSessionRepository(db: Db, feed: LiveFeedPort): TableSessionsPort {
  return {
    ...floorSessionRepository(db, feed),
    ...floorSessionLifecycle(db, feed),
    prune: (now) => pruneTableSessions(db, feed, now),
    layout: { ...floorAreaRepository(db), ...floorTableRepository(db, feed) },
  };
}
