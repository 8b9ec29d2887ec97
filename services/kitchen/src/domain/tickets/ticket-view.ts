import type { TicketResponse } from '@brigade/contracts';
import type { Ticket } from './ticket';

/** A ticket as screens and the API show it. */
export function ticketView(t: Ticket): TicketResponse {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
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
    diningAreaId: t.diningAreaId,
    items: t.items.map((i) => ({
      id: i.id,
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
      voidedQuantity: i.voidedQuantity,
      status: i.status,
      startedAt: iso(i.startedAt),
      readyAt: iso(i.readyAt),
    })),
    firedAt: t.firedAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
    bumpedAt: iso(t.bumpedAt),
    version: t.version,
  };
}
