import type { EventContract } from '../define-event';
import { KitchenTicketCreatedV1 } from './kitchen/ticket-created.v1';
import { OrderItemsFiredV1 } from './orders/order-items-fired.v1';
import { OrderPlacedV1 } from './orders/order-placed.v1';
import { OrderLinesAddedV1 } from './orders/order-lines-added.v1';
import { OrderItemVoidedV1 } from './orders/order-item-voided.v1';
import { OrderItemCompedV1 } from './orders/order-item-comped.v1';
import { OrderLinesMovedV1 } from './orders/order-lines-moved.v1';
import { OrderCancelledV1 } from './orders/order-cancelled.v1';
import { OrderDetailsChangedV1 } from './orders/order-details-changed.v1';
import { KitchenItemStatusChangedV1 } from './kitchen/item-status-changed.v1';
import { KitchenStationOfflineV1, KitchenStationOnlineV1 } from './kitchen/station-health.v1';
import { KitchenPrintFailedV1 } from './kitchen/print-failed.v1';
import { OrderPaidV1 } from './billing/order-paid.v1';
import { BillCreatedV1 } from './billing/bill-created.v1';
import { BillPaidV1 } from './billing/bill-paid.v1';
import { PaymentPaidV1 } from './billing/payment-paid.v1';
import { PaymentFailedV1 } from './billing/payment-failed.v1';
import { PaymentRefundedV1 } from './billing/payment-refunded.v1';
import { FiscalDayOpenedV1 } from './billing/fiscal-day-opened.v1';
import { FiscalDayClosedV1 } from './billing/fiscal-day-closed.v1';
import { OrderFiscalizedV1 } from './pos/order-fiscalized.v1';
import { PosPushFailedV1 } from './pos/push-failed.v1';
import { PosRefundRequestedV1 } from './pos/refund-requested.v1';
import { MarketplaceOrderNeedsAttentionV1 } from './delivery/order-needs-attention.v1';
import { MarketplaceOrderFulfilledV1 } from './delivery/order-fulfilled.v1';
import { MenuUpdatedV1 } from './menu/menu-updated.v1';
import { StockLowV1 } from './stock/stock-low.v1';

/** Every event contract, keyed by type. */
export const eventRegistry = {
  [OrderPlacedV1.type]: OrderPlacedV1,
  [OrderItemsFiredV1.type]: OrderItemsFiredV1,
  [OrderLinesAddedV1.type]: OrderLinesAddedV1,
  [OrderItemVoidedV1.type]: OrderItemVoidedV1,
  [OrderItemCompedV1.type]: OrderItemCompedV1,
  [OrderLinesMovedV1.type]: OrderLinesMovedV1,
  [OrderCancelledV1.type]: OrderCancelledV1,
  [OrderDetailsChangedV1.type]: OrderDetailsChangedV1,
  [KitchenTicketCreatedV1.type]: KitchenTicketCreatedV1,
  [KitchenItemStatusChangedV1.type]: KitchenItemStatusChangedV1,
  [KitchenStationOfflineV1.type]: KitchenStationOfflineV1,
  [KitchenStationOnlineV1.type]: KitchenStationOnlineV1,
  [KitchenPrintFailedV1.type]: KitchenPrintFailedV1,
  [OrderPaidV1.type]: OrderPaidV1,
  [BillCreatedV1.type]: BillCreatedV1,
  [BillPaidV1.type]: BillPaidV1,
  [PaymentPaidV1.type]: PaymentPaidV1,
  [PaymentFailedV1.type]: PaymentFailedV1,
  [PaymentRefundedV1.type]: PaymentRefundedV1,
  [FiscalDayOpenedV1.type]: FiscalDayOpenedV1,
  [FiscalDayClosedV1.type]: FiscalDayClosedV1,
  [OrderFiscalizedV1.type]: OrderFiscalizedV1,
  [PosPushFailedV1.type]: PosPushFailedV1,
  [PosRefundRequestedV1.type]: PosRefundRequestedV1,
  [MarketplaceOrderNeedsAttentionV1.type]: MarketplaceOrderNeedsAttentionV1,
  [MarketplaceOrderFulfilledV1.type]: MarketplaceOrderFulfilledV1,
  [MenuUpdatedV1.type]: MenuUpdatedV1,
  [StockLowV1.type]: StockLowV1,
} as const;

export type EventType = keyof typeof eventRegistry;
export type AnyEventContract = EventContract<string, import('zod').ZodType>;

export function findEventContract(type: string): AnyEventContract | undefined {
  return (eventRegistry as Record<string, AnyEventContract>)[type];
}
