import { OrderItemsFiredV1, OrderItemVoidedV1 } from '@brigade/contracts';
import { on, type Subscription } from '@brigade/messaging';
import type { KitchenDeps } from '../domain/ports';
import { onOrderItemVoided } from './on-order-item-voided';
import { onOrderItemsFired } from './on-order-items-fired';

/** Every queue kitchen consumes, the events bound to it, and their handlers. */
export const subscriptions = (deps: KitchenDeps): Subscription[] => [
  {
    queue: 'kitchen.order-events',
    handlers: [
      on(OrderItemsFiredV1, onOrderItemsFired(deps)),
      on(OrderItemVoidedV1, onOrderItemVoided(deps)),
    ],
  },
];
