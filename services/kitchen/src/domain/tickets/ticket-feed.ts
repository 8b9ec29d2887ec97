import type { KitchenDeps } from '../ports';
import type { Ticket } from './ticket';
import { ticketView } from './ticket-view';

/** The feed topic a station's screens follow. */
export const stationTopic = (stationCode: string) => `station:${stationCode}`;

/**
 * The whole ticket goes to its station's screens, in the transaction of the change: a
 * screen sees it if and only if the change commits, and one that was away catches up.
 */
export async function publishTicketToScreens(
  deps: KitchenDeps,
  ticket: Ticket,
  type: 'ticket.created' | 'ticket.changed',
): Promise<void> {
  await deps.screens.append({
    tenantId: ticket.tenantId,
    locationId: ticket.locationId,
    topic: stationTopic(ticket.station),
    type,
    subjectId: ticket.id,
    data: ticketView(ticket),
  });
}
