import {
  adjustBillRoute,
  listBillsRoute,
  splitIntoBillsRoute,
  type BillResponse,
} from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import { adjustBillTotals } from '../domain/bills/adjust-bill-totals';
import type { Bill } from '../domain/bills/bill';
import { billsOf, splitIntoBills } from '../domain/bills/split-into-bills';
import type { BillingDeps } from '../domain/ports';

export const billRoutes = [splitIntoBillsRoute, listBillsRoute, adjustBillRoute];

export function mountBillRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(router, splitIntoBillsRoute, async ({ params, body }, req) => ({
    items: (await splitIntoBills(deps, actorOf(req), params.orderId, body)).map(toBillResponse),
    stale: false,
  }));
  mountRoute(router, listBillsRoute, async ({ params }, req) => {
    const { bills, stale } = await billsOf(deps, actorOf(req), params.orderId);
    return { items: bills.map(toBillResponse), stale };
  });
  mountRoute(router, adjustBillRoute, async ({ params, body }, req) =>
    toBillResponse(
      await adjustBillTotals(
        deps,
        actorOf(req),
        params.billId,
        body,
        req.header('x-manager-approval'),
      ),
    ),
  );
}

function toBillResponse(b: Bill): BillResponse {
  const money = (amountMinor: number) => ({ amountMinor, currency: b.currency });
  return {
    id: b.id,
    orderId: b.orderId,
    number: b.number,
    year: b.year,
    label: b.label,
    status: b.status,
    lines: b.lines.map((l) => ({
      lineId: l.lineId,
      amount: money(l.amountMinor),
      share: l.share,
      taxRateBps: l.taxRateBps,
    })),
    subtotal: money(b.subtotalMinor),
    discount: money(b.discountMinor),
    serviceCharge: money(b.serviceChargeMinor),
    serviceChargeBps: b.serviceChargeBps,
    total: money(b.totalMinor),
    fiscalDayId: b.fiscalDayId,
    paidAt: b.paidAt?.toISOString() ?? null,
    fiscalReceipt: b.fiscalReceipt,
    taxes: [...b.taxByRate].map(([rateBps, amount]) => ({ rateBps, amount: money(amount) })),
    orderVersion: b.orderVersion,
    createdAt: b.createdAt.toISOString(),
  };
}
