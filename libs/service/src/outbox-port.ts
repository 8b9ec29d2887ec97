import type { Envelope } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import { addToOutbox } from '@brigade/messaging';

/** The outbox as use cases see it: events join the transaction that is open, never their own. */
export function outboxPort(db: Db) {
  return {
    add(events: Envelope[]): Promise<void> {
      if (!db.inTransaction()) throw new Error('outbox.add must run inside a transaction');
      return addToOutbox(db.manager(), events);
    },
  };
}
