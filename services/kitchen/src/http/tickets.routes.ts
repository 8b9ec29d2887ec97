import { listTicketsRoute, type TicketResponse } from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import type { KitchenDeps } from '../domain/ports';
import { listTickets } from '../domain/tickets/list-tickets';
import type { Ticket } from '../domain/tickets/ticket';

export const ticketRoutes = [listTicketsRoute];

export function mountTicketRoutes(router: Router, deps: KitchenDeps): void {
  mountRoute(router, listTicketsRoute, async ({ query }, req) => ({
    items: (await listTickets(deps, actorOf(req), query.orderId)).map(toTicketResponse),
  }));
}

function toTicketResponse(t: Ticket): TicketResponse {
  return {
    id: t.id,
    orderId: t.orderId,
    orderNumber: t.orderNumber,
    fireId: t.fireId,
    locationId: t.locationId,
    station: t.station,
    status: t.status,
    type: t.type,
    channel: t.channel,
    tableLabel: t.tableLabel,
    customerName: t.customerName,
    items: t.items.map((i) => ({
      lineId: i.lineId,
      name: i.name,
      quantity: i.quantity,
      notes: i.notes,
      voidedQuantity: i.voidedQuantity,
      status: i.status,
    })),
    firedAt: t.firedAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
  };
}
