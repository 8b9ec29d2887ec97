import type { KitchenTicketCreatedV1 } from '@brigade/contracts';
import { markSentToKitchen } from '../domain/orders/mark-sent-to-kitchen';
import type { OrdersDeps } from '../domain/ports';

/** kitchen has the order: it is in the kitchen now. */
export const onKitchenTicketCreated = (deps: OrdersDeps) => (event: KitchenTicketCreatedV1) =>
  markSentToKitchen(deps, event.payload.orderId);
