import { canAccess, NotFoundError, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import { dueOf } from './due';

/** A bill's payments with their refunds, and what is still due. Staff, or the storefront paying it. */
export async function billPayments(deps: BillingDeps, caller: Actor, billId: string) {
  const bill = await deps.bills.find(billId);
  if (!bill || !canAccess(caller, bill)) throw new NotFoundError('The bill');
  const [payments, refunds] = await Promise.all([
    deps.payments.listByBill(billId),
    deps.payments.listRefundsOfBill(billId),
  ]);
  return {
    bill,
    due: dueOf(bill, payments),
    payments: payments.map((payment) => ({
      payment,
      refunds: refunds.filter((r) => r.paymentId === payment.id),
    })),
  };
}

export async function paymentOf(deps: BillingDeps, caller: Actor, paymentId: string) {
  const payment = await deps.payments.find(paymentId);
  if (!payment || !canAccess(caller, payment)) throw new NotFoundError('The payment');
  return { payment, refunds: await deps.payments.listRefunds(paymentId) };
}
