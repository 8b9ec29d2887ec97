import { canAccess, type Actor } from '@brigade/core';
import type { KitchenDeps } from '../ports';
import type { Ticket } from './ticket';

/** The order's tickets the caller may see: none of another tenant's or location's. */
export async function listTickets(
  deps: KitchenDeps,
  caller: Actor,
  orderId: string,
): Promise<Ticket[]> {
  return (await deps.tickets.listByOrder(orderId)).filter((t) => canAccess(caller, t));
}
