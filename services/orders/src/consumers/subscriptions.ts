import {
  OrderPaidV1,
  KitchenItemStatusChangedV1,
  KitchenTicketCreatedV1,
} from '@brigade/contracts';
import { on, type Subscription } from '@brigade/messaging';
import type { OrdersDeps } from '../domain/ports';
import { onBillingOrderPaid } from './on-billing-events';
import { onKitchenItemsStatusChanged, onKitchenTicketCreated } from './on-kitchen-events';

/** Every queue orders consumes, the events bound to it, and their handlers. */
export const subscriptions = (deps: OrdersDeps): Subscription[] => [
  {
    queue: 'orders.kitchen-events',
    handlers: [
      on(KitchenTicketCreatedV1, onKitchenTicketCreated(deps)),
      on(KitchenItemStatusChangedV1, onKitchenItemsStatusChanged(deps)),
    ],
  },
  {
    queue: 'orders.billing-events',
    handlers: [on(OrderPaidV1, onBillingOrderPaid(deps))],
  },
];
