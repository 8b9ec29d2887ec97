import type { OrderFiscalizedV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';

/** The register signed the bill: its receipt is kept on it, once (a repeat changes nothing). */
export async function attachFiscalReceipt(deps: BillingDeps, event: OrderFiscalizedV1) {
  await deps.bills.attachReceipt(event.payload.billId, event.payload.receipt);
}
