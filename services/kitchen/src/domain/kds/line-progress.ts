import { KitchenItemStatusChangedV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { KitchenDeps, LineItemState } from '../ports';
import type { Ticket, TicketItem } from '../tickets/ticket';

type LineStatus = 'preparing' | 'ready' | 'served';

/**
 * Tells orders how far the lines of the items just moved are. A line cooked at several
 * stations is preparing once one of them started it and ready once all of them finished
 * it; on a station that sees everything (expo) a bump means it went out: served.
 */
export async function announceLineProgress(
  deps: KitchenDeps,
  ticket: Ticket,
  moved: readonly TicketItem[],
  now: Date,
): Promise<void> {
  if (moved.length === 0) return;
  const states = await deps.tickets.itemsOfLines(moved.map((i) => i.lineId));
  const here = states.find((s) => s.ticketId === ticket.id);
  const byStatus = new Map<LineStatus, string[]>();
  for (const item of moved) {
    const status = here?.receivesAll
      ? ticket.status === 'done'
        ? 'served'
        : undefined
      : lineStatus(states.filter((s) => s.lineId === item.lineId));
    if (status) byStatus.set(status, [...(byStatus.get(status) ?? []), item.lineId]);
  }
  await deps.outbox.add(
    [...byStatus].map(([status, lineIds]) =>
      KitchenItemStatusChangedV1.create(
        {
          tenantId: ticket.tenantId,
          locationId: ticket.locationId,
          aggregateId: ticket.id,
          aggregateVersion: ticket.version,
          occurredAt: now,
          ...traceFromContext(),
        },
        {
          ticketId: ticket.id,
          orderId: ticket.orderId,
          station: ticket.station,
          lineIds,
          status,
          changedAt: now.toISOString(),
        },
      ),
    ),
  );
}

/** A line's status over the stations that cook it; undefined while none has started. */
export function lineStatus(items: readonly LineItemState[]): LineStatus | undefined {
  const cooking = items.filter((i) => !i.receivesAll && i.status !== 'cancelled');
  if (cooking.length === 0) return undefined;
  if (cooking.every((i) => i.status === 'ready')) return 'ready';
  if (cooking.some((i) => i.status === 'preparing' || i.status === 'ready')) return 'preparing';
  return undefined;
}
