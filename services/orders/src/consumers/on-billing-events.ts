import type { OrderPaidV1 } from '@brigade/contracts';
import { markPaid } from '../domain/orders/mark-paid';
import type { OrdersDeps } from '../domain/ports';

/** Every bill of the order is paid. */
export const onBillingOrderPaid = (deps: OrdersDeps) => (event: OrderPaidV1) =>
  markPaid(deps, deps.log, event.payload);
