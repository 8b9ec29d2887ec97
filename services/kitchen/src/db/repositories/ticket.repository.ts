import type { Channel, OrderType } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import { In, type FindOptionsOrder, type FindOptionsWhere } from 'typeorm';
import type { TicketRepository } from '../../domain/ports';
import type { Ticket, TicketItemStatus } from '../../domain/tickets/ticket';
import { TicketEntity } from '../entities/ticket.entity';

export function ticketRepository(db: Db): TicketRepository {
  const tickets = async (
    where: FindOptionsWhere<TicketEntity>,
    order: FindOptionsOrder<TicketEntity>,
  ) =>
    (await db.manager().find(TicketEntity, { where, relations: { items: true }, order })).map(
      toTicket,
    );
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

    openAt: (locationId, station) =>
      tickets(
        { locationId, station, status: 'open' },
        { firedAt: 'ASC', createdAt: 'ASC', items: { position: 'ASC' } },
      ),
    async recentlyBumped(locationId, station, limit) {
      const rows = await db.manager().find(TicketEntity, {
        where: { locationId, station, status: 'done' },
        order: { bumpedAt: 'DESC' },
        take: limit,
      });
      if (rows.length === 0) return [];
      const found = await tickets(
        { id: In(rows.map((r) => r.id)) },
        { items: { position: 'ASC' } },
      );
      return found.sort((a, b) => (b.bumpedAt?.getTime() ?? 0) - (a.bumpedAt?.getTime() ?? 0));
    },
    async lock(ticketId) {
      const locked = await db.query('SELECT id FROM tickets WHERE id = $1 FOR UPDATE', [ticketId]);
      if (locked.length === 0) return undefined;
      return (await tickets({ id: ticketId }, { items: { position: 'ASC' } }))[0];
    },
    async saveProgress(t) {
      await db.query('UPDATE tickets SET status = $2, bumped_at = $3, version = $4 WHERE id = $1', [
        t.id,
        t.status,
        t.bumpedAt,
        t.version,
      ]);
      await db.query(
        `UPDATE ticket_items i SET status = x.status, started_at = x.started_at, ready_at = x.ready_at
           FROM jsonb_to_recordset($1::jsonb) AS x (id uuid, status text, started_at timestamptz, ready_at timestamptz)
          WHERE i.id = x.id`,
        [
          JSON.stringify(
            t.items.map((i) => ({
              id: i.id,
              status: i.status,
              started_at: i.startedAt,
              ready_at: i.readyAt,
            })),
          ),
        ],
      );
    },
    async itemsOfLines(lineIds) {
      const rows = await db.query<{
        line_id: string;
        ticket_id: string;
        station: string;
        receives_all: boolean | null;
        status: TicketItemStatus;
      }>(
        `SELECT i.line_id, i.ticket_id, t.station, s.receives_all, i.status
           FROM ticket_items i JOIN tickets t ON t.id = i.ticket_id
           LEFT JOIN stations s ON s.location_id = t.location_id AND s.code = t.station
          WHERE i.line_id = ANY($1::uuid[])`,
        [lineIds],
      );
      return rows.map((r) => ({
        lineId: r.line_id,
        ticketId: r.ticket_id,
        station: r.station,
        receivesAll: r.receives_all ?? false,
        status: r.status,
      }));
    },
    async allDay(locationId, station) {
      const rows = await db.query<{ name: string; quantity: string }>(
        `SELECT i.name, sum(i.quantity - i.voided_quantity) AS quantity
           FROM tickets t JOIN ticket_items i ON i.ticket_id = t.id
          WHERE t.location_id = $1 AND t.station = $2 AND t.status = 'open'
            AND i.status IN ('pending', 'preparing')
          GROUP BY i.name HAVING sum(i.quantity - i.voided_quantity) > 0
          ORDER BY sum(i.quantity - i.voided_quantity) DESC, i.name`,
        [locationId, station],
      );
      return rows.map((r) => ({ name: r.name, quantity: Number(r.quantity) }));
    },
    async prepTimes(locationId, since) {
      const rows = await db.query<{
        location_id: string;
        product_id: string;
        name: string;
        finished: string;
        average_seconds: string;
      }>(
        `SELECT t.location_id, i.product_id, max(i.name) AS name, count(*) AS finished,
                round(avg(extract(epoch FROM i.ready_at - t.created_at))) AS average_seconds
           FROM ticket_items i JOIN tickets t ON t.id = i.ticket_id
          WHERE i.ready_at >= $2 AND i.product_id IS NOT NULL
            AND ($1::uuid IS NULL OR t.location_id = $1)
            AND NOT EXISTS (SELECT 1 FROM stations s
                             WHERE s.location_id = t.location_id AND s.code = t.station AND s.receives_all)
          GROUP BY t.location_id, i.product_id ORDER BY name`,
        [locationId ?? null, since],
      );
      return rows.map((r) => ({
        locationId: r.location_id,
        productId: r.product_id,
        name: r.name,
        finished: Number(r.finished),
        averageSeconds: Number(r.average_seconds),
      }));
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
