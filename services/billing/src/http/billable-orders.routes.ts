import { getBillableOrderRoute, type BillableOrderResponse } from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import { chargedMinor, type BillableOrder } from '../domain/orders/billable-order';
import { getBillableOrder } from '../domain/orders/get-billable-order';
import type { BillingDeps } from '../domain/ports';

export const billableOrderRoutes = [getBillableOrderRoute];

export function mountBillableOrderRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(router, getBillableOrderRoute, async ({ params }, req) =>
    toBillableOrderResponse(await getBillableOrder(deps, actorOf(req), params.orderId)),
  );
}

function toBillableOrderResponse(o: BillableOrder): BillableOrderResponse {
  const money = (amountMinor: number) => ({ amountMinor, currency: o.currency });
  return {
    orderId: o.orderId,
    locationId: o.locationId,
    orderNumber: o.orderNumber,
    status: o.status,
    type: o.type,
    tableLabel: o.tableLabel,
    customerName: o.customerName,
    alias: o.alias,
    guestCount: o.guestCount,
    mergedIntoOrderId: o.mergedIntoOrderId,
    lines: o.lines.map((line) => ({ ...line, charged: money(chargedMinor(line)) })),
    total: money(o.totalMinor),
    version: o.orderVersion,
    placedAt: o.placedAt.toISOString(),
  };
}
