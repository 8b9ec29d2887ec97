import { listTicketsRoute, stationLoadRoute, type TicketResponse } from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import type { KitchenDeps } from '../domain/ports';
import { listTickets } from '../domain/tickets/list-tickets';
import { stationLoad } from '../domain/tickets/station-load';
import type { Ticket } from '../domain/tickets/ticket';

export const ticketRoutes = [listTicketsRoute, stationLoadRoute];

export function mountTicketRoutes(router: Router, deps: KitchenDeps): void {
  mountRoute(router, listTicketsRoute, async ({ query }, req) => ({
    items: (await listTickets(deps, actorOf(req), query.orderId)).map(toTicketResponse),
  }));
  mountRoute(router, stationLoadRoute, async ({ params }, req) => ({
    items: (await stationLoad(deps, actorOf(req), params.locationId)).map(
      ({ station, ticketsWaiting, unitsWaiting }) => ({ station, ticketsWaiting, unitsWaiting }),
    ),
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
