import { allergenLabel } from './allergen-labels';
import type { Ticket } from '../tickets/ticket';
import type { PrintableTicket } from './ticket-layout';

/** A ticket as the printer gets it: units still to cook only (struck ones are off the slip). */
export function printableTicket(ticket: Ticket, stationName = ticket.station): PrintableTicket {
  return {
    stationName,
    orderNumber: ticket.orderNumber,
    source: ticket.channel,
    orderType: ticket.type,
    tableLabel: ticket.tableLabel,
    customerName: ticket.customerName,
    firedAt: ticket.firedAt,
    items: ticket.items
      .filter((i) => i.quantity - i.voidedQuantity > 0)
      .map((i) => ({
        quantity: i.quantity - i.voidedQuantity,
        name: i.name,
        course: i.course,
        seat: i.seat,
        modifiers: i.modifiers,
        notes: i.notes,
        allergens: i.allergens.map(allergenLabel),
      })),
  };
}
