import { OrderFiscalizedV1, PosPushFailedV1, PosRefundRequestedV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { FiscalPush } from './fiscal-push';

const meta = (p: FiscalPush, at: Date, version: number) => ({
  tenantId: p.tenantId,
  locationId: p.locationId,
  aggregateId: p.id,
  aggregateVersion: version,
  occurredAt: at,
  ...traceFromContext(),
});

export const orderFiscalized = (p: FiscalPush, at: Date) =>
  OrderFiscalizedV1.create(meta(p, at, 1), {
    pushId: p.id,
    orderId: p.orderId,
    billId: p.billId,
    posOrderId: p.posOrderId!,
    receipt: p.receipt!,
    fiscalizedAt: at.toISOString(),
  });

/** One alert per trip to the dead letters (a re-send that fails again is a new incident). */
export const pushFailed = (p: FiscalPush, at: Date) =>
  PosPushFailedV1.create(meta(p, at, p.generation + 1), {
    pushId: p.id,
    orderId: p.orderId,
    billId: p.billId,
    kind: p.failure!.kind,
    reason: p.failure!.reason,
    attempts: p.attempts,
    posOrderId: p.posOrderId,
    failedAt: at.toISOString(),
  });

export const refundRequested = (p: FiscalPush, reason: string, actor: string, at: Date) =>
  PosRefundRequestedV1.create(meta(p, at, 1), {
    pushId: p.id,
    orderId: p.orderId,
    billId: p.billId,
    reason,
    requestedBy: actor,
    requestedAt: at.toISOString(),
  });
