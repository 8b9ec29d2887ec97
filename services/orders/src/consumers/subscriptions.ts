import { KitchenTicketCreatedV1 } from '@brigade/contracts';
import { on, type Subscription } from '@brigade/messaging';
import type { OrdersDeps } from '../domain/ports';
import { onKitchenTicketCreated } from './on-kitchen-ticket-created';

/** Every queue orders consumes, the events bound to it, and their handlers. */
export const subscriptions = (deps: OrdersDeps): Subscription[] => [
  {
    queue: 'orders.kitchen-events',
    handlers: [on(KitchenTicketCreatedV1, onKitchenTicketCreated(deps))],
  },
];
