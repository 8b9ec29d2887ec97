import type { OrdersDeps } from '../ports';
import type { PruneResult } from './ports';

/**
 * Session lifetimes: abandoned order-less sessions close (their table free again), old
 * closed ones go or lose their token. A tab is never closed by age.
 */
export function pruneTableSessions(deps: OrdersDeps): Promise<PruneResult> {
  return deps.tableSessions.prune(deps.clock.now());
}
