import { OrderPlacedV1 } from '@brigade/contracts';
import { on, type Subscription } from '@brigade/messaging';
import { recordPlacedOrder } from '../domain/orders/record-placed-order';
import type { BillingDeps } from '../domain/ports';

/** Every queue billing consumes, the events bound to it, and their handlers. */
export const subscriptions = (deps: BillingDeps): Subscription[] => [
  {
    queue: 'billing.order-events',
    handlers: [on(OrderPlacedV1, (e) => recordPlacedOrder(deps, e))],
  },
];
