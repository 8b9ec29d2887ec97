import type { OrderItemVoidedV1 } from '@brigade/contracts';
import type { KitchenDeps } from '../domain/ports';
import { strikeVoidedItems } from '../domain/tickets/strike-voided-items';

export const onOrderItemVoided = (deps: KitchenDeps) => (event: OrderItemVoidedV1) =>
  strikeVoidedItems(deps, event);
