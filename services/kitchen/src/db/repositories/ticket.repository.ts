import type { Channel, OrderType } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { TicketRepository } from '../../domain/ports';
import type { Ticket, TicketItemStatus } from '../../domain/tickets/ticket';
import { TicketEntity } from '../entities/ticket.entity';

export function ticketRepository(db: Db): TicketRepository {
  return {
    // Ticket and items in one statement; nothing is written when the fire already has its ticket here.
    async insertIfNew(t) {
      const i = t.items;
      const rows = await db.query(
        `WITH inserted AS (
           INSERT INTO tickets (id, tenant_id, location_id, order_id, order_number, fire_id, station, status, type,
                                channel, table_label, customer_name, fired_at, created_at, dining_area_id, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
           ON CONFLICT (fire_id, station) DO NOTHING
           RETURNING id),
         items AS (
           INSERT INTO ticket_items (id, ticket_id, position, line_id, product_id, name, quantity, notes, status,
                                     course, seat, modifiers, allergens, source)
           SELECT item.id, inserted.id, item.position, item.line_id, item.product_id, item.name, item.quantity,
                  item.notes, item.status, item.course, item.seat,
                  ARRAY(SELECT jsonb_array_elements_text(item.modifiers)),
                  ARRAY(SELECT jsonb_array_elements_text(item.allergens)), item.source
             FROM inserted, jsonb_to_recordset($17::jsonb)
               AS item (id uuid, position int, line_id uuid, product_id uuid, name text, quantity int, notes text,
                        status text, course int, seat int, modifiers jsonb, allergens jsonb, source text))
         SELECT id FROM inserted`,
        [
          t.id,
          t.tenantId,
          t.locationId,
          t.orderId,
          t.orderNumber,
          t.fireId,
          t.station,
          t.status,
          t.type,
          t.channel,
          t.tableLabel,
          t.customerName,
          t.firedAt,
          t.createdAt,
          t.diningAreaId,
          t.version,
          JSON.stringify(
            i.map((x, position) => ({
              id: x.id,
              position,
              line_id: x.lineId,
              product_id: x.productId,
              name: x.name,
              quantity: x.quantity,
              notes: x.notes,
              status: x.status,
              course: x.course,
              seat: x.seat,
              modifiers: x.modifiers,
              allergens: x.allergens,
              source: x.source,
            })),
          ),
        ],
      );
      return rows.length === 1;
    },

    // Only ever adds up to the item's quantity; the inbox keeps a redelivery from counting twice.
    async strikeUnits(lineId, quantity) {
      const rows = await db.query<{ ticket_id: string; name: string }>(
        `UPDATE ticket_items
            SET voided_quantity = least(quantity, voided_quantity + $2),
                status = CASE WHEN voided_quantity + $2 >= quantity THEN 'cancelled' ELSE status END
          WHERE line_id = $1 AND status <> 'cancelled'
          RETURNING ticket_id, name`,
        [lineId, quantity],
      );
      return rows.map((r) => ({ ticketId: r.ticket_id, name: r.name }));
    },

    async listByOrder(orderId) {
      const rows = await db.manager().find(TicketEntity, {
        where: { orderId },
        relations: { items: true },
        order: { createdAt: 'ASC', items: { position: 'ASC' } },
      });
      return rows.map(toTicket);
    },
    async load(locationId) {
      const rows = await db.query<{
        location_id: string;
        station: string;
        tickets: string;
        units: string;
      }>(
        `SELECT t.location_id, t.station, count(DISTINCT t.id) AS tickets,
                sum(i.quantity - i.voided_quantity) AS units
           FROM tickets t JOIN ticket_items i ON i.ticket_id = t.id
          WHERE t.status = 'open' AND i.status IN ('pending', 'preparing')
            AND ($1::uuid IS NULL OR t.location_id = $1)
          GROUP BY t.location_id, t.station ORDER BY t.station`,
        [locationId ?? null],
      );
      return rows.map((r) => ({
        locationId: r.location_id,
        station: r.station,
        ticketsWaiting: Number(r.tickets),
        unitsWaiting: Number(r.units),
      }));
    },
    async find(ticketId) {
      const row = await db.manager().findOne(TicketEntity, {
        where: { id: ticketId },
        relations: { items: true },
        order: { items: { position: 'ASC' } },
      });
      return row ? toTicket(row) : undefined;
    },
  };
}

function toTicket(row: TicketEntity): Ticket {
  return {
    ...row,
    status: row.status as Ticket['status'],
    type: row.type as OrderType,
    channel: row.channel as Channel,
    items: row.items.map((i) => ({
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
      source: i.source as Channel | null,
      voidedQuantity: i.voidedQuantity,
      status: i.status as TicketItemStatus,
      startedAt: i.startedAt,
      readyAt: i.readyAt,
    })),
  };
}
