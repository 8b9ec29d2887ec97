import { ConflictError, NotFoundError, type Actor } from '@brigade/core';
import type { KitchenDeps } from '../ports';
import { publishTicketToScreens } from '../tickets/ticket-feed';
import type { Ticket, TicketItem } from '../tickets/ticket';
import { announceLineProgress } from './line-progress';
import { mayActAt } from './station-access';

type Step = 'pending' | 'preparing' | 'ready';

/** A cook starts an item, finishes it, or takes a tap back. */
export function setItemStatus(
  deps: KitchenDeps,
  caller: Actor,
  ticketId: string,
  itemId: string,
  status: Step,
): Promise<Ticket> {
  return changeTicket(deps, caller, ticketId, (ticket, now) => {
    if (ticket.status === 'done') {
      throw new ConflictError('ticket-done', 'The ticket was bumped: recall it first');
    }
    const item = ticket.items.find((i) => i.id === itemId);
    if (!item) throw new NotFoundError('The item');
    if (item.status === 'cancelled') {
      throw new ConflictError('item-cancelled', 'The item was cancelled');
    }
    moveItem(item, status, now);
    return [item];
  });
}

/** Everything left on the ticket is ready: it leaves the screen. */
export function bumpTicket(deps: KitchenDeps, caller: Actor, ticketId: string): Promise<Ticket> {
  return changeTicket(deps, caller, ticketId, (ticket, now) => {
    if (ticket.status === 'done') return [];
    const left = ticket.items.filter((i) => i.status !== 'cancelled');
    for (const item of left) moveItem(item, 'ready', now);
    ticket.status = 'done';
    ticket.bumpedAt = now;
    // All of them: at expo, the bump itself is the news (served).
    return left;
  });
}

/** A bumped ticket comes back onto the screen (bumped by mistake, or the pass sends it back). */
export function recallTicket(deps: KitchenDeps, caller: Actor, ticketId: string): Promise<Ticket> {
  return changeTicket(deps, caller, ticketId, (ticket) => {
    if (ticket.status === 'open') return [];
    ticket.status = 'open';
    ticket.bumpedAt = null;
    return [];
  });
}

function moveItem(item: TicketItem, status: Step, now: Date): void {
  if (item.status === status) return;
  item.status = status;
  item.startedAt = status === 'pending' ? null : (item.startedAt ?? now);
  item.readyAt = status === 'ready' ? now : null;
}

/**
 * One change of a ticket under its lock: the new version goes to the screens, and the
 * lines whose overall status moved are announced to orders, all in one transaction.
 */
async function changeTicket(
  deps: KitchenDeps,
  caller: Actor,
  ticketId: string,
  apply: (ticket: Ticket, now: Date) => TicketItem[],
): Promise<Ticket> {
  return deps.transaction(async () => {
    const ticket = await deps.tickets.lock(ticketId);
    if (!ticket || !mayActAt(caller, ticket, ticket.station)) throw new NotFoundError('The ticket');
    const now = deps.clock.now();
    const before = JSON.stringify(ticket);
    const moved = apply(ticket, now);
    if (JSON.stringify(ticket) === before) return ticket;
    ticket.version += 1;
    await deps.tickets.saveProgress(ticket);
    await publishTicketToScreens(deps, ticket, 'ticket.changed');
    await announceLineProgress(deps, ticket, moved, now);
    return ticket;
  });
}
