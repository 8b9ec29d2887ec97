import type { KitchenDeps } from '../ports';
import type { Ticket } from './ticket';

export function listTickets(deps: KitchenDeps, orderId: string): Promise<Ticket[]> {
  return deps.tickets.listByOrder(orderId);
}
