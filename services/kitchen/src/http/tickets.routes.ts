import { listTicketsRoute, stationLoadRoute } from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import type { KitchenDeps } from '../domain/ports';
import { listTickets } from '../domain/tickets/list-tickets';
import { stationLoad } from '../domain/tickets/station-load';
import { ticketView } from '../domain/tickets/ticket-view';

export const ticketRoutes = [listTicketsRoute, stationLoadRoute];

export function mountTicketRoutes(router: Router, deps: KitchenDeps): void {
  mountRoute(router, listTicketsRoute, async ({ query }, req) => ({
    items: (await listTickets(deps, actorOf(req), query.orderId)).map(ticketView),
  }));
  mountRoute(router, stationLoadRoute, async ({ params }, req) => ({
    items: (await stationLoad(deps, actorOf(req), params.locationId)).map(
      ({ station, ticketsWaiting, unitsWaiting }) => ({ station, ticketsWaiting, unitsWaiting }),
    ),
  }));
}
