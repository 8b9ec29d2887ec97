import { KitchenTicketCreatedV1, type OrderItemsFiredV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { KitchenDeps } from '../ports';
import { queuePrints } from '../printing/queue-prints';
import { stationsForItem } from '../routing/route-items';
import { publishTicketToScreens } from './ticket-feed';
import { DEFAULT_STATION, type Ticket } from './ticket';

type FiredItem = OrderItemsFiredV1['payload']['items'][number];

/**
 * Fired items become one ticket per station they are routed to, each stored once per fire
 * and station, printed, pushed to the station's screens and announced, all in one
 * transaction: a redelivered fire changes nothing.
 */
export async function createTickets(
  deps: KitchenDeps,
  fired: OrderItemsFiredV1,
): Promise<Ticket[]> {
  const p = fired.payload;
  const now = deps.clock.now();
  return deps.transaction(async () => {
    const routing = await deps.stations.routingOf(fired.locationId);
    const byStation = new Map<string, FiredItem[]>();
    for (const item of p.items) {
      const codes = stationsForItem(item, p.diningAreaId, routing);
      for (const code of codes.length > 0 ? codes : [DEFAULT_STATION]) {
        byStation.set(code, [...(byStation.get(code) ?? []), item]);
      }
    }
    const created: Ticket[] = [];
    for (const [station, items] of byStation) {
      const ticket = newTicket(deps, fired, station, items, now);
      if (!(await deps.tickets.insertIfNew(ticket))) continue;
      await queuePrints(deps, ticket);
      await publishTicketToScreens(deps, ticket, 'ticket.created');
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
      created.push(ticket);
    }
    return created;
  });
}

function newTicket(
  deps: KitchenDeps,
  fired: OrderItemsFiredV1,
  station: string,
  items: readonly FiredItem[],
  now: Date,
): Ticket {
  const p = fired.payload;
  return {
    id: deps.newId(),
    tenantId: fired.tenantId,
    locationId: fired.locationId,
    orderId: p.orderId,
    orderNumber: p.orderNumber,
    fireId: p.fireId,
    station,
    status: 'open',
    type: p.type,
    channel: p.channel,
    tableLabel: p.tableLabel,
    customerName: p.customerName,
    diningAreaId: p.diningAreaId,
    items: items.map((i) => ({
      id: deps.newId(),
      lineId: i.lineId,
      productId: i.productId,
      name: i.name,
      quantity: i.quantity,
      notes: i.notes,
      course: i.course,
      seat: i.seat,
      modifiers: i.modifiers,
      allergens: i.allergens,
      source: i.source,
      voidedQuantity: 0,
      status: 'pending',
      startedAt: null,
      readyAt: null,
    })),
    firedAt: new Date(p.firedAt),
    createdAt: now,
    bumpedAt: null,
    version: 1,
  };
}
