import type { OrdersDeps } from '../ports';
import { statusesLeadingTo } from './order-status';

/**
 * The kitchen confirmed a ticket: a draft order is now in the kitchen. Later tickets of
 * the same order, or a redelivered one, change nothing.
 */
export async function markSentToKitchen(deps: OrdersDeps, orderId: string): Promise<void> {
  await deps.orders.updateStatus(orderId, statusesLeadingTo('sent_to_kitchen'), 'sent_to_kitchen');
}
