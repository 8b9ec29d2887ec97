import type { ZReport } from '@brigade/contracts';
import type { FiscalDay } from '../fiscal-days/fiscal-day';
import type { BillingDeps } from '../ports';
import { buildZReport } from './build-z-report';

/** The day's report from the tables as they are now (in the caller's transaction, if any). */
export async function computeZReport(
  deps: BillingDeps,
  day: FiscalDay,
  final: boolean,
): Promise<ZReport> {
  // One after another: inside a transaction they share one connection.
  const bills = await deps.zReports.billsOf(day.id);
  const orderLines = await deps.zReports.orderLinesOf(day.id);
  const payments = await deps.zReports.paymentsOf(day.id);
  const refunds = await deps.zReports.refundsOf(day.id);
  const sessions = [];
  for (const session of await deps.registers.listSessionsOfDay(day.id)) {
    const register = await deps.registers.findRegister(session.registerId);
    const flows = await deps.registers.cashFlowsOf(session.id);
    sessions.push({ session, registerName: register?.name ?? session.registerId, flows });
  }
  const input = { day, bills, orderLines, payments, refunds, sessions };
  return buildZReport(input, deps.clock.now(), final);
}
