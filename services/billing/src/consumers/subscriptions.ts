import {
  OrderCancelledV1,
  OrderDetailsChangedV1,
  OrderItemCompedV1,
  OrderItemVoidedV1,
  OrderLinesAddedV1,
  OrderLinesMovedV1,
  OrderPlacedV1,
  OrderFiscalizedV1,
  PosRefundRequestedV1,
  MarketplaceOrderFulfilledV1,
} from '@brigade/contracts';
import { on, type Subscription } from '@brigade/messaging';
import { recordDetailsChanged } from '../domain/orders/record-details-changed';
import { recordItemComped } from '../domain/orders/record-item-comped';
import { recordItemVoided } from '../domain/orders/record-item-voided';
import { recordLinesAdded } from '../domain/orders/record-lines-added';
import { recordLinesMoved } from '../domain/orders/record-lines-moved';
import { recordOrderCancelled } from '../domain/orders/record-order-cancelled';
import { recordPlacedOrder } from '../domain/orders/record-placed-order';
import type { BillingDeps } from '../domain/ports';
import { attachFiscalReceipt } from '../domain/bills/attach-fiscal-receipt';
import { refundUnfiscalizedBill } from '../domain/payments/refund-unfiscalized-bill';
import { settleMarketplaceOrder } from '../domain/payments/settle-marketplace-order';

/** Every queue billing consumes, the events bound to it, and their handlers. */
export const subscriptions = (deps: BillingDeps): Subscription[] => [
  {
    // Each order change, applied once and in step with orders (domain/orders/order-versions.ts).
    queue: 'billing.order-events',
    handlers: [
      on(OrderPlacedV1, (e) => recordPlacedOrder(deps, e)),
      on(OrderLinesAddedV1, (e) => recordLinesAdded(deps, e)),
      on(OrderItemVoidedV1, (e) => recordItemVoided(deps, e)),
      on(OrderItemCompedV1, (e) => recordItemComped(deps, e)),
      on(OrderLinesMovedV1, (e) => recordLinesMoved(deps, e)),
      on(OrderCancelledV1, (e) => recordOrderCancelled(deps, e)),
      on(OrderDetailsChangedV1, (e) => recordDetailsChanged(deps, e)),
    ],
  },
  {
    // The fiscal register's receipts, and refunds operators asked for when it would not sign.
    queue: 'billing.pos-events',
    handlers: [
      on(OrderFiscalizedV1, (e) => attachFiscalReceipt(deps, e)),
      on(PosRefundRequestedV1, (e) => refundUnfiscalizedBill(deps, e)),
    ],
  },
  {
    // Marketplace orders, paid by the marketplace before they reach us.
    queue: 'billing.marketplace-events',
    handlers: [on(MarketplaceOrderFulfilledV1, (e) => settleMarketplaceOrder(deps, e))],
  },
];
