import type { OrderItemVoidedV1 } from '@brigade/contracts';
import type { KitchenDeps } from '../ports';
import { queuePrints } from '../printing/queue-prints';
import { publishTicketToScreens } from './ticket-feed';

/**
 * Items cancelled after they were fired are struck on their ticket, so the cook stops: the
 * screens show them struck through, and a void slip prints where the ticket printed. A
 * void before fire never reached the kitchen: nothing to strike.
 */
export async function strikeVoidedItems(
  deps: KitchenDeps,
  event: OrderItemVoidedV1,
): Promise<void> {
  const { afterFire, lineId, quantity } = event.payload;
  if (!afterFire) return;
  await deps.transaction(async () => {
    const struck = await deps.tickets.strikeUnits(lineId, quantity);
    for (const { ticketId, name } of struck) {
      const ticket = await deps.tickets.lock(ticketId);
      if (!ticket) continue;
      ticket.version += 1;
      await deps.tickets.saveProgress(ticket);
      await publishTicketToScreens(deps, ticket, 'ticket.changed');
      await queuePrints(deps, ticket, 'void', [{ name, quantity }]);
    }
  });
}
