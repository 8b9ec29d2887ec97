import { BillCreatedV1, type SplitPlanRequest } from '@brigade/contracts';
import {
  actorKey,
  canAccess,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  traceFromContext,
  type Actor,
} from '@brigade/core';
import { chargedMinor } from '../orders/billable-order';
import { getBillableOrder } from '../orders/get-billable-order';
import type { BillingDeps } from '../ports';
import type { Bill } from './bill';
import { splitOrder } from './split-order';

/**
 * Splits an order into bills, replacing its open bills: every bill numbered gaplessly for
 * its location and year, the bills adding up to the order total to the cent.
 */
export async function splitIntoBills(
  deps: BillingDeps,
  caller: Actor,
  orderId: string,
  plan: SplitPlanRequest,
): Promise<Bill[]> {
  if (caller.kind !== 'staff') throw new ForbiddenError('Only staff split bills');
  return deps.transaction(async () => {
    const order = await deps.billableOrders.lock(orderId);
    if (!order || !canAccess(caller, order)) throw new NotFoundError('The order');
    if (order.status !== 'open' || order.totalMinor === 0) {
      throw new RuleViolationError('order-not-billable', `There is nothing to bill on this order`);
    }
    const drafts = splitOrder(
      order.lines
        .filter((l) => l.status !== 'cancelled')
        .map((l) => ({
          lineId: l.lineId,
          chargedMinor: chargedMinor(l),
          taxRateBps: l.taxRateBps,
          seat: l.seat,
          course: l.course,
        })),
      plan,
    );
    const replaced = await deps.bills.voidOpen(orderId);
    const now = deps.clock.now();
    const year = now.getUTCFullYear();
    const bills: Bill[] = [];
    for (const draft of drafts) {
      const bill: Bill = {
        ...draft,
        id: deps.newId(),
        tenantId: order.tenantId,
        locationId: order.locationId,
        orderId,
        year,
        number: await deps.bills.nextNumber(order.locationId, year),
        status: 'open',
        currency: order.currency,
        orderVersion: order.orderVersion,
        createdBy: actorKey(caller),
        createdAt: now,
      };
      await deps.bills.insert(bill);
      bills.push(bill);
    }
    await deps.outbox.add(
      bills.map((b) =>
        BillCreatedV1.create(
          {
            tenantId: b.tenantId,
            locationId: b.locationId,
            aggregateId: b.id,
            aggregateVersion: 1,
            occurredAt: now,
            ...traceFromContext(),
          },
          {
            billId: b.id,
            orderId,
            number: b.number,
            year,
            total: { amountMinor: b.totalMinor, currency: b.currency },
            taxes: [...b.taxByRate].map(([rateBps, amountMinor]) => ({
              rateBps,
              amount: { amountMinor, currency: b.currency },
            })),
            replacesBillIds: replaced,
            createdAt: now.toISOString(),
          },
        ),
      ),
    );
    return bills;
  });
}

/** The bills of an order, and whether the order changed since they were made. */
export async function billsOf(deps: BillingDeps, caller: Actor, orderId: string) {
  if (caller.kind !== 'staff') throw new ForbiddenError('Only staff read bills');
  const order = await getBillableOrder(deps, caller, orderId);
  const bills = await deps.bills.listByOrder(orderId);
  const open = bills.filter((b) => b.status === 'open');
  return { bills, stale: open.some((b) => b.orderVersion !== order.orderVersion) };
}
