import { KitchenItemStatusChangedV1 } from '@brigade/contracts';
import { on, type Subscription } from '@brigade/messaging';
import type { DeliveryDeps } from '../domain/ports';
import { followKitchen } from '../domain/status/follow-kitchen';

/** Every queue delivery-adapter consumes: the kitchen's progress on marketplace orders. */
export const subscriptions = (deps: DeliveryDeps): Subscription[] => [
  {
    queue: 'delivery-adapter.kitchen-events',
    handlers: [on(KitchenItemStatusChangedV1, (e) => followKitchen(deps, e))],
  },
];
