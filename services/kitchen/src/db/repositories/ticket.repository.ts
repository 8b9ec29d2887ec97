import type { Channel, OrderType } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { TicketRepository } from '../../domain/ports';
import type { Ticket } from '../../domain/tickets/ticket';
import { TicketItemEntity } from '../entities/ticket-item.entity';
import { TicketEntity } from '../entities/ticket.entity';

export function ticketRepository(db: Db): TicketRepository {
  return {
    async insertIfNew(ticket) {
      const em = db.manager();
      const { items, ...header } = ticket;
      const result = await em
        .createQueryBuilder()
        .insert()
        .into(TicketEntity)
        .values(header)
        .orIgnore()
        .returning('id')
        .execute();
      if (result.raw.length === 0) return false;
      await em.insert(
        TicketItemEntity,
        items.map((i, position) => ({ ...i, ticketId: ticket.id, position })),
      );
      return true;
    },

    async listByOrder(orderId) {
      const rows = await db.manager().find(TicketEntity, {
        where: { orderId },
        relations: { items: true },
        order: { createdAt: 'ASC', items: { position: 'ASC' } },
      });
      return rows.map(toTicket);
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
      name: i.name,
      quantity: i.quantity,
      notes: i.notes,
      status: i.status as Ticket['items'][number]['status'],
    })),
  };
}
