import type { EventContract } from '../define-event';
import { KitchenTicketCreatedV1 } from './kitchen/ticket-created.v1';
import { OrderItemsFiredV1 } from './orders/order-items-fired.v1';
import { OrderPlacedV1 } from './orders/order-placed.v1';
import { MenuUpdatedV1 } from './menu/menu-updated.v1';
import { StockLowV1 } from './stock/stock-low.v1';

/** Every event contract, keyed by type. */
export const eventRegistry = {
  [OrderPlacedV1.type]: OrderPlacedV1,
  [OrderItemsFiredV1.type]: OrderItemsFiredV1,
  [KitchenTicketCreatedV1.type]: KitchenTicketCreatedV1,
  [MenuUpdatedV1.type]: MenuUpdatedV1,
  [StockLowV1.type]: StockLowV1,
} as const;

export type EventType = keyof typeof eventRegistry;
export type AnyEventContract = EventContract<string, import('zod').ZodType>;

export function findEventContract(type: string): AnyEventContract | undefined {
  return (eventRegistry as Record<string, AnyEventContract>)[type];
}
