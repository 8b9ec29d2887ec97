import { BillCreatedV1, type SplitPlanRequest } from '@brigade/contracts';
import {
  actorKey,
  canAccess,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  traceFromContext,
  type Actor,
} from '@brigade/core';
import { fiscalDayForSale } from '../fiscal-days/fiscal-day-for-sale';
import { chargedMinor, type BillableOrder } from '../orders/billable-order';
import { getBillableOrder } from '../orders/get-billable-order';
import { IN_FLIGHT } from '../payments/payment';
import type { BillingDeps } from '../ports';
import { settingsOf } from '../settings/settings-of';
import { adjustBill } from './adjust-bill';
import type { Bill } from './bill';
import { splitOrder } from './split-order';

/**
 * Splits what is left to pay of an order into bills, replacing its open bills: paid bills
 * stay and only the rest of each line is shared. Every bill is numbered gaplessly for its
 * location and (local) year; the bills add up to the order total to the cent. A party at
 * or above the location's size gets its service charge on every bill.
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
    const drafts = splitOrder(await unpaidLines(deps, order), plan);
    const replaced = await deps.bills.voidOpen(orderId);
    const settings = await settingsOf(deps, order.locationId);
    const serviceChargeBps =
      settings.serviceChargeMinGuests !== null &&
      (order.guestCount ?? 0) >= settings.serviceChargeMinGuests
        ? settings.serviceChargeBps
        : 0;
    const day = await fiscalDayForSale(deps, order);
    const now = deps.clock.now();
    const year = localYear(now, settings.timezone);
    const bills: Bill[] = [];
    for (const draft of drafts) {
      const adjusted = adjustBill(draft, null, serviceChargeBps);
      const bill: Bill = {
        ...draft,
        ...adjusted,
        serviceChargeBps,
        discount: null,
        fiscalReceipt: null,
        splitTaxByRate: draft.taxByRate,
        fiscalDayId: day.id,
        paidAt: null,
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

/**
 * The order's charged lines less what paid bills already cover. Open bills with money on
 * them (paid or still in flight) are not replaced: that money would lose its bill.
 */
async function unpaidLines(deps: BillingDeps, order: BillableOrder) {
  const bills = await deps.bills.listByOrder(order.orderId);
  for (const bill of bills.filter((b) => b.status === 'open')) {
    const payments = await deps.payments.listByBill(bill.id);
    if (payments.some((p) => p.status === 'paid' || IN_FLIGHT.includes(p.status))) {
      throw new ConflictError(
        'bill-has-payments',
        `Bill ${bill.year}-${bill.number} has payments; settle or wait for them before splitting again`,
      );
    }
  }
  const covered = new Map<string, number>();
  for (const line of bills.filter((b) => b.status === 'paid').flatMap((b) => b.lines)) {
    covered.set(line.lineId, (covered.get(line.lineId) ?? 0) + line.amountMinor);
  }
  const lines = order.lines
    .filter((l) => l.status !== 'cancelled')
    .map((l) => ({
      lineId: l.lineId,
      chargedMinor: Math.max(0, chargedMinor(l) - (covered.get(l.lineId) ?? 0)),
      taxRateBps: l.taxRateBps,
      seat: l.seat,
      course: l.course,
    }))
    .filter((l) => l.chargedMinor > 0);
  if (lines.length === 0) {
    throw new RuleViolationError(
      'order-not-billable',
      'Everything on this order is billed and paid',
    );
  }
  return lines;
}

/** The calendar year at the location: a bill at 00:30 on New Year's Day belongs to the new one. */
const localYear = (at: Date, timeZone: string) =>
  Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));

/** The bills of an order, and whether the order changed since they were made. */
export async function billsOf(deps: BillingDeps, caller: Actor, orderId: string) {
  if (caller.kind !== 'staff') throw new ForbiddenError('Only staff read bills');
  const order = await getBillableOrder(deps, caller, orderId);
  const bills = await deps.bills.listByOrder(orderId);
  const open = bills.filter((b) => b.status === 'open');
  return { bills, stale: open.some((b) => b.orderVersion !== order.orderVersion) };
}
