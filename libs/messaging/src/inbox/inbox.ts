import { preparedQuery } from '@brigade/db';
import type { EntityManager } from 'typeorm';

/**
 * Records that `consumer` applies `messageId`, inside the transaction of its effect.
 * False when it was applied before: the caller acks and skips. A concurrent duplicate
 * waits on the row lock and then sees it, so two deliveries never both apply.
 */
export async function claimInbox(
  em: EntityManager,
  consumer: string,
  messageId: string,
): Promise<boolean> {
  const rows = await preparedQuery(
    em,
    `INSERT INTO inbox (consumer, message_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [consumer, messageId],
  );
  return rows.length === 1;
}
