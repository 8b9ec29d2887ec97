import type { KitchenItemStatusChangedV1, KitchenTicketCreatedV1 } from '@brigade/contracts';
import type { OrdersDeps } from '../ports';
import { changeOrder } from './commit-change';
import { advancesItem } from './order-status';

const KITCHEN = 'service:kitchen';

/**
 * The kitchen has a ticket for these lines: the order is in the kitchen. A redelivered or
 * later ticket of the same lines changes nothing.
 */
export async function markSentToKitchen(
  deps: OrdersDeps,
  ticket: KitchenTicketCreatedV1['payload'],
): Promise<void> {
  await changeOrder(deps, KITCHEN, ticket.orderId, (change) => {
    const lines = change.order.lines.filter(
      (l) => ticket.lineIds.includes(l.id) && l.sentAt === null,
    );
    for (const line of lines) line.sentAt = change.now;
    if (lines.length > 0) {
      change.record('order.sent-to-kitchen', {
        ticketId: ticket.ticketId,
        station: ticket.station,
        lineIds: lines.map((l) => l.id),
      });
    }
  });
}

/** Cooks moved items on; statuses only go forward, whatever order the events arrive in. */
export async function applyKitchenStatus(
  deps: OrdersDeps,
  event: KitchenItemStatusChangedV1['payload'],
): Promise<void> {
  await changeOrder(deps, KITCHEN, event.orderId, (change) => {
    const lines = change.order.lines.filter(
      (l) => event.lineIds.includes(l.id) && advancesItem(l, event.status),
    );
    for (const line of lines) line.status = event.status;
    if (lines.length > 0) {
      change.record('order.items-status-changed', {
        status: event.status,
        ticketId: event.ticketId,
        lineIds: lines.map((l) => l.id),
      });
    }
  });
}
