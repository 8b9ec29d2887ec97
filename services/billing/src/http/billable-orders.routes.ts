import { getBillableOrderRoute } from '@brigade/contracts';
import { mountRoute } from '@brigade/http';
import type { Router } from 'express';
import { getBillableOrder } from '../domain/orders/get-billable-order';
import type { BillingDeps } from '../domain/ports';

export const billableOrderRoutes = [getBillableOrderRoute];

export function mountBillableOrderRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(router, getBillableOrderRoute, async ({ params }) => {
    const o = await getBillableOrder(deps, params.orderId);
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
