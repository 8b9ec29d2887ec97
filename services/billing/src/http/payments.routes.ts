import {
  getPaymentRoute,
  listBillPaymentsRoute,
  mollieWebhookRoute,
  refundPaymentRoute,
  startPaymentRoute,
} from '@brigade/contracts';
import { actorOf, idempotencyKeyOf, mountRoute, requestHash } from '@brigade/http';
import type { Request, Router } from 'express';
import { billPayments, paymentOf } from '../domain/payments/read-payments';
import { refundPayment } from '../domain/payments/refund-payment';
import { startPayment } from '../domain/payments/start-payment';
import type { BillingDeps } from '../domain/ports';
import { toPaymentResponse, toRefundResponse } from './to-payment-response';

export const paymentRoutes = [
  startPaymentRoute,
  listBillPaymentsRoute,
  getPaymentRoute,
  refundPaymentRoute,
  mollieWebhookRoute,
];

/** A webhook to acknowledge: the job that applies it is queued before Mollie hears 200. */
export type EnqueueMollieSync = (molliePaymentId: string) => Promise<void>;

export function mountPaymentRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(
    router,
    startPaymentRoute,
    async ({ params, body }, req) => {
      const { payment, replayed } = await startPayment(
        deps,
        actorOf(req),
        params.billId,
        body,
        clientRequest(req),
      );
      if (replayed) req.res?.set('Idempotent-Replayed', 'true');
      return toPaymentResponse(payment, await deps.payments.listRefunds(payment.id));
    },
    'in-handler',
  );
  mountRoute(router, listBillPaymentsRoute, async ({ params }, req) => {
    const { bill, payments, due } = await billPayments(deps, actorOf(req), params.billId);
    return {
      items: payments.map(({ payment, refunds }) => toPaymentResponse(payment, refunds)),
      due: { amountMinor: due, currency: bill.currency },
      billStatus: bill.status,
    };
  });
  mountRoute(router, getPaymentRoute, async ({ params }, req) => {
    const { payment, refunds } = await paymentOf(deps, actorOf(req), params.paymentId);
    return toPaymentResponse(payment, refunds);
  });
  mountRoute(
    router,
    refundPaymentRoute,
    async ({ params, body }, req) =>
      toRefundResponse(
        await refundPayment(
          deps,
          actorOf(req),
          params.paymentId,
          body,
          clientRequest(req),
          req.header('x-manager-approval'),
        ),
      ),
    'in-handler',
  );
}

/** Mollie's webhook: no credentials, only an id; whatever it says is asked of Mollie again. */
export function mountMollieWebhook(router: Router, enqueueSync: EnqueueMollieSync): void {
  mountRoute(router, mollieWebhookRoute, async ({ body }) => {
    await enqueueSync(body.id);
    return { received: true };
  });
}

const clientRequest = (req: Request) => ({
  key: idempotencyKeyOf(req),
  hash: requestHash(req.method, req.path, req.body),
});
