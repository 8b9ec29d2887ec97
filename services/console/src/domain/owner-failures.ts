import type {
  KitchenPrintFailedV1,
  MarketplaceOrderNeedsAttentionV1,
  PosPushFailedV1,
} from '@brigade/contracts';
import { maskPayload } from './mask';
import type { ConsoleDeps } from './ports';
import { raiseAlert, recordFailure } from './record-failure';

/** A print job failed for good: the slip is not on paper. */
export async function printFailed(deps: ConsoleDeps, e: KitchenPrintFailedV1): Promise<void> {
  const p = e.payload;
  await recordFailure(deps, {
    sourceKey: `print-job:${p.printJobId}`,
    source: 'print-job',
    tenantId: e.tenantId,
    locationId: e.locationId,
    orderId: p.orderId,
    service: 'kitchen',
    subject: `${p.kind} #${p.orderNumber} on ${p.printerName} (${p.station})`,
    cause: 'transient',
    error: p.lastError ?? 'the printer did not print it',
    attempts: p.attempts,
    lastFailedAt: new Date(p.failedAt),
    payload: maskPayload(p),
    origin: { kind: 'print-job', printJobId: p.printJobId },
  });
}

/** A paid bill did not reach the fiscal POS: money taken, no receipt. */
export async function pushFailed(deps: ConsoleDeps, e: PosPushFailedV1): Promise<void> {
  const p = e.payload;
  await recordFailure(deps, {
    sourceKey: `fiscal-push:${p.pushId}`,
    source: 'fiscal-push',
    tenantId: e.tenantId,
    locationId: e.locationId,
    orderId: p.orderId,
    service: 'pos-adapter',
    subject: `bill ${p.billId} to the fiscal POS`,
    cause: p.kind,
    error: p.reason,
    attempts: p.attempts,
    lastFailedAt: new Date(p.failedAt),
    payload: maskPayload(p),
    origin: { kind: 'fiscal-push', pushId: p.pushId },
  });
  // Its failure has its own alert: not also one for a missing receipt.
  await deps.trace.billConfirmed(p.billId, new Date(p.failedAt));
}

const ATTENTION_CAUSE = {
  'needs-mapping': 'mapping',
  'store-unknown': 'mapping',
  'status-failed': 'permanent',
  'fetch-failed': 'transient',
} as const;

/**
 * A marketplace order needs somebody: a failure to act on, or (staff not deciding as the
 * deadline nears) an alert only.
 */
export async function orderNeedsAttention(
  deps: ConsoleDeps,
  e: MarketplaceOrderNeedsAttentionV1,
): Promise<void> {
  const p = e.payload;
  const what = `${p.marketplace} order ${p.displayId ?? p.externalId}`;
  if (p.reason === 'deadline-near') {
    await deps.transaction(() =>
      raiseAlert(deps, {
        kind: 'marketplace-deadline',
        incident: `marketplace-deadline:${p.marketplaceOrderId}`,
        tenantId: e.tenantId,
        locationId: e.locationId,
        orderId: null,
        message: `${what} is not accepted yet; the marketplace cancels it at ${p.deadlineAt ?? 'its deadline'}`,
      }),
    );
    return;
  }
  await recordFailure(deps, {
    sourceKey: `marketplace-order:${p.marketplaceOrderId}:${p.reason}`,
    source: 'marketplace-order',
    tenantId: e.tenantId,
    locationId: e.locationId,
    orderId: null,
    service: 'delivery-adapter',
    subject: `${what}: ${p.reason}`,
    cause: ATTENTION_CAUSE[p.reason],
    error: p.detail,
    attempts: 1,
    lastFailedAt: new Date(p.at),
    payload: maskPayload(p),
    origin: {
      kind: 'marketplace-order',
      marketplaceOrderId: p.marketplaceOrderId,
      reason: p.reason,
    },
  });
}
