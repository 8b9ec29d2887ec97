import { KitchenItemStatusChangedV1, MenuUpdatedV1 } from '@brigade/contracts';
import { on, type Subscription } from '@brigade/messaging';
import type { DeliveryDeps } from '../domain/ports';
import { followKitchen } from '../domain/status/follow-kitchen';

/** Every queue delivery-adapter consumes: the kitchen's progress, and menu changes. */
export const subscriptions = (deps: DeliveryDeps): Subscription[] => [
  {
    queue: 'delivery-adapter.kitchen-events',
    handlers: [on(KitchenItemStatusChangedV1, (e) => followKitchen(deps, e))],
  },
  {
    // A menu change (price, snooze and its end, catalog) is published to every store of the location.
    queue: 'delivery-adapter.menu-events',
    handlers: [
      on(MenuUpdatedV1, async (e) => {
        for (const store of await deps.marketplaces.storesOf(e.payload.locationId))
          deps.queueMenu(store, e.payload.menuVersion);
      }),
    ],
  },
];
