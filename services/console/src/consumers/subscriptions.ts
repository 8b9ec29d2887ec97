import {
  eventRegistry,
  type AnyEventContract,
  type Envelope,
  type KitchenPrintFailedV1,
  type KitchenStationOfflineV1,
  type MarketplaceOrderNeedsAttentionV1,
  type OrderFiscalizedV1,
  type PaymentRefundedV1,
  type BillPaidV1,
  type PosPushFailedV1,
} from '@brigade/contracts';
import type { EventHandler, Subscription } from '@brigade/messaging';
import { orderNeedsAttention, printFailed, pushFailed } from '../domain/owner-failures';
import type { ConsoleDeps } from '../domain/ports';
import { raiseAlert } from '../domain/record-failure';
import { traceEvent } from '../domain/trace-event';

type Handle = (deps: ConsoleDeps, e: Envelope) => Promise<void>;

/** What the console does with an event besides keeping it in its order's trace. */
const reactions: Record<string, Handle> = {
  'kitchen.print-failed.v1': (d, e) => printFailed(d, e as KitchenPrintFailedV1),
  'pos.push-failed.v1': (d, e) => pushFailed(d, e as PosPushFailedV1),
  'marketplace.order-needs-attention.v1': (d, e) =>
    orderNeedsAttention(d, e as MarketplaceOrderNeedsAttentionV1),
  'kitchen.station-offline.v1': (d, e) => {
    const p = (e as KitchenStationOfflineV1).payload;
    return raiseAlert(d, {
      kind: 'station-offline',
      incident: `station:${p.stationId}`,
      tenantId: e.tenantId,
      locationId: e.locationId,
      orderId: null,
      message: `Kitchen station ${p.name} is offline with ${p.ticketsWaiting} tickets waiting`,
    });
  },
  'kitchen.station-online.v1': (d, e) =>
    d.alerts.resolve(`station:${(e.payload as { stationId: string }).stationId}`, d.clock.now()),
  'bill.paid.v1': (d, e) => {
    const p = (e as BillPaidV1).payload;
    return d.trace.billPaid({
      billId: p.billId,
      tenantId: e.tenantId,
      locationId: e.locationId,
      orderId: p.orderId,
      paidAt: new Date(p.paidAt),
    });
  },
  'order.fiscalized.v1': (d, e) =>
    d.trace.billConfirmed((e as OrderFiscalizedV1).payload.billId, new Date(e.occurredAt)),
  'payment.refunded.v1': (d, e) =>
    d.trace.billConfirmed((e as PaymentRefundedV1).payload.billId, new Date(e.occurredAt)),
};

/**
 * One queue for every event: each goes into its order's trace, and the failures, station
 * health and paid bills among them feed the failures and alerts. The trace keeps an event
 * once by its id, so the events it alone takes need no inbox row (most of them); the others
 * do (a repeated failure event must not reopen a failure dealt with).
 */
export const subscriptions = (deps: ConsoleDeps): Subscription[] => [
  {
    queue: 'console.all-events',
    handlers: Object.values(eventRegistry).map((contract): EventHandler => ({
      contract: contract as AnyEventContract,
      handle: async (event) => {
        await traceEvent(deps, event);
        await reactions[event.type]?.(deps, event);
      },
      idempotent: !(contract.type in reactions),
    })),
  },
];
