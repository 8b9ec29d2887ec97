import type { Envelope } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import { addToOutbox, type OutboxRelay } from '@brigade/messaging';

/**
 * The outbox as use cases see it: events join the transaction that is open, never their
 * own, and the relay hears of them as soon as that transaction commits.
 */
export function outboxPort(db: Db, relay: OutboxRelay) {
  return {
    async add(events: Envelope[]): Promise<void> {
      if (!db.inTransaction()) throw new Error('outbox.add must run inside a transaction');
      await addToOutbox(db.manager(), events);
      db.afterCommit(() => relay.committed());
    },
  };
}
