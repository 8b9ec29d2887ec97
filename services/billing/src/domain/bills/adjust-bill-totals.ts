import type { AdjustBillRequest } from '@brigade/contracts';
import { canAccess, ConflictError, ForbiddenError, NotFoundError, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import { settingsOf } from '../settings/settings-of';
import { adjustBill, type Discount } from './adjust-bill';
import type { Bill } from './bill';

/**
 * A discount or a waived service charge on a bill nothing has been paid on yet. Above the
 * location's discount threshold, and for waiving the service charge, a waiter needs a
 * manager's approval; who approved is kept with the discount.
 */
export async function adjustBillTotals(
  deps: BillingDeps,
  caller: Actor,
  billId: string,
  request: AdjustBillRequest,
  approvalToken: string | undefined,
): Promise<Bill> {
  if (caller.kind !== 'staff') throw new ForbiddenError('Only staff adjust bills');
  return deps.transaction(async () => {
    const bill = await deps.bills.lock(billId);
    if (!bill || !canAccess(caller, bill)) throw new NotFoundError('The bill');
    if (bill.status !== 'open') {
      throw new ConflictError('bill-not-open', `The bill is ${bill.status}`);
    }
    if ((await deps.payments.listByBill(billId)).length > 0) {
      throw new ConflictError('bill-has-payments', 'A bill with payments is not adjusted');
    }
    const settings = await settingsOf(deps, bill.locationId);
    const discount =
      request.discount === undefined
        ? bill.discount
        : request.discount === null
          ? null
          : discountOf(request.discount, request.reason);
    const discountBps = !discount
      ? 0
      : discount.kind === 'percent'
        ? discount.bps
        : Math.ceil((discount.amountMinor * 10_000) / Math.max(1, bill.subtotalMinor));
    const waives = request.waiveServiceCharge === true && bill.serviceChargeBps > 0;
    const isManager = caller.roles.some((r) => r === 'manager' || r === 'admin');
    let approvedBy: string | null = isManager ? caller.userId : null;
    if (!isManager && (waives || discountBps > settings.discountApprovalAboveBps)) {
      const approval = (await deps.approvals.verify(approvalToken, {
        tenantId: caller.tenantId,
        action: 'discount',
        subjectId: billId,
      })) as { managerId: string };
      approvedBy = approval.managerId;
    }
    const serviceChargeBps =
      request.waiveServiceCharge === undefined
        ? bill.serviceChargeBps
        : request.waiveServiceCharge
          ? 0
          : settings.serviceChargeBps;
    const withApproval =
      discount && request.discount !== undefined ? { ...discount, approvedBy } : discount;
    const totals = adjustBill(
      { lines: bill.lines, totalMinor: bill.subtotalMinor, taxByRate: bill.splitTaxByRate },
      withApproval,
      serviceChargeBps,
    );
    const adjusted: Bill = { ...bill, ...totals, discount: withApproval, serviceChargeBps };
    await deps.bills.saveTotals(adjusted);
    return adjusted;
  });
}

function discountOf(d: NonNullable<AdjustBillRequest['discount']>, reason: string): Discount {
  return 'percentBps' in d
    ? { kind: 'percent', bps: d.percentBps, reason, approvedBy: null }
    : { kind: 'amount', amountMinor: d.amountMinor, reason, approvedBy: null };
}
