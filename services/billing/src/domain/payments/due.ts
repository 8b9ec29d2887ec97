import { RuleViolationError } from '@brigade/core';
import type { Bill } from '../bills/bill';
import type { Payment } from './payment';

/** What is still to pay on a bill: its total less what paid payments cover (tips aside). */
export function dueOf(bill: Bill, payments: readonly Payment[]): number {
  const paid = payments
    .filter((p) => p.status === 'paid')
    .reduce((sum, p) => sum + p.amountMinor, 0);
  return Math.max(0, bill.totalMinor - paid);
}

export const amountExceedsDue = (amountMinor: number, due: number) =>
  new RuleViolationError(
    'amount-exceeds-due',
    due === 0 ? 'Nothing is due on this bill' : `At most ${due} is due on this bill`,
    [{ field: 'amountMinor', message: `at most ${due}, got ${amountMinor}` }],
  );
