import { getBillableOrderRoute } from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import { getBillableOrder } from '../domain/orders/get-billable-order';
import type { BillingDeps } from '../domain/ports';

export const billableOrderRoutes = [getBillableOrderRoute];

export function mountBillableOrderRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(router, getBillableOrderRoute, async ({ params }, req) => {
    const o = await getBillableOrder(deps, actorOf(req), params.orderId);
    return {
      orderId: o.orderId,
      locationId: o.locationId,
      orderNumber: o.orderNumber,
      lines: o.lines,
      total: { amountMinor: o.totalMinor, currency: o.currency },
      placedAt: o.placedAt.toISOString(),
    };
  });
}
