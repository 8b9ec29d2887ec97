import { KitchenTicketCreatedV1, type OrderItemsFiredV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { KitchenDeps } from '../ports';
import { queuePrints } from '../printing/queue-prints';
import { DEFAULT_STATION, type Ticket } from './ticket';

/** Fired items become a ticket, stored once per fire and station, and announced. */
export async function createTickets(
  deps: KitchenDeps,
  fired: OrderItemsFiredV1,
): Promise<Ticket[]> {
  const p = fired.payload;
  const now = deps.clock.now();
  const ticket: Ticket = {
    id: deps.newId(),
    tenantId: fired.tenantId,
    locationId: fired.locationId,
    orderId: p.orderId,
    orderNumber: p.orderNumber,
    fireId: p.fireId,
    station: DEFAULT_STATION,
    status: 'open',
    type: p.type,
    channel: p.channel,
    tableLabel: p.tableLabel,
    customerName: p.customerName,
    items: p.items.map((i) => ({
      id: deps.newId(),
      lineId: i.lineId,
      name: i.name,
      quantity: i.quantity,
      notes: i.notes,
      voidedQuantity: 0,
      status: 'pending',
    })),
    firedAt: new Date(p.firedAt),
    createdAt: now,
  };
  return deps.transaction(async () => {
    if (!(await deps.tickets.insertIfNew(ticket))) return [];
    await queuePrints(deps, ticket);
    await deps.outbox.add([
      KitchenTicketCreatedV1.create(
        {
          tenantId: ticket.tenantId,
          locationId: ticket.locationId,
          aggregateId: ticket.id,
          aggregateVersion: 1,
          occurredAt: now,
          ...traceFromContext(),
        },
        {
          ticketId: ticket.id,
          orderId: ticket.orderId,
          fireId: ticket.fireId,
          station: ticket.station,
          lineIds: ticket.items.map((i) => i.lineId),
          createdAt: now.toISOString(),
        },
      ),
    ]);
    return [ticket];
  });
}
