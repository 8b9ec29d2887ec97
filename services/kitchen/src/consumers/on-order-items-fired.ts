import type { OrderItemsFiredV1 } from '@brigade/contracts';
import type { KitchenDeps } from '../domain/ports';
import { createTickets } from '../domain/tickets/create-tickets';

export const onOrderItemsFired = (deps: KitchenDeps) => async (event: OrderItemsFiredV1) => {
  await createTickets(deps, event);
};
