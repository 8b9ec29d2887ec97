import { listBillsRoute, splitIntoBillsRoute, type BillResponse } from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import type { Bill } from '../domain/bills/bill';
import { billsOf, splitIntoBills } from '../domain/bills/split-into-bills';
import type { BillingDeps } from '../domain/ports';

export const billRoutes = [splitIntoBillsRoute, listBillsRoute];

export function mountBillRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(router, splitIntoBillsRoute, async ({ params, body }, req) => ({
    items: (await splitIntoBills(deps, actorOf(req), params.orderId, body)).map(toBillResponse),
    stale: false,
  }));
  mountRoute(router, listBillsRoute, async ({ params }, req) => {
    const { bills, stale } = await billsOf(deps, actorOf(req), params.orderId);
    return { items: bills.map(toBillResponse), stale };
  });
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
    total: money(b.totalMinor),
    taxes: [...b.taxByRate].map(([rateBps, amount]) => ({ rateBps, amount: money(amount) })),
    orderVersion: b.orderVersion,
    createdAt: b.createdAt.toISOString(),
  };
}
