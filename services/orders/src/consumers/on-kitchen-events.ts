import type { KitchenItemStatusChangedV1, KitchenTicketCreatedV1 } from '@brigade/contracts';
import { applyKitchenStatus, markSentToKitchen } from '../domain/orders/kitchen-progress';
import type { OrdersDeps } from '../domain/ports';

/** kitchen has the order: its lines are in the kitchen now. */
export const onKitchenTicketCreated = (deps: OrdersDeps) => (event: KitchenTicketCreatedV1) =>
  markSentToKitchen(deps, event.payload);

/** Cooks started, finished or served items. */
export const onKitchenItemsStatusChanged =
  (deps: OrdersDeps) => (event: KitchenItemStatusChangedV1) =>
    applyKitchenStatus(deps, event.payload);
