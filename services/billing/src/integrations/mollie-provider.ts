import { RuleViolationError } from '@brigade/core';
import createMollieClient, {
  MollieApiError,
  type Payment as MolliePayment,
} from '@mollie/api-client';
import type { PaymentProvider, ProviderPayment } from '../domain/payments/ports';
import { ProviderUnavailableError } from '../domain/payments/payment.errors';
import type { RefundStatus } from '../domain/payments/refund';

export interface MollieOptions {
  apiKey: string;
  /** Mollie's API, or the simulator's. */
  apiEndpoint: string;
  /** Where Mollie calls us back; read per call because the port is known only once listening. */
  webhookUrl: () => string;
}

/**
 * Mollie's Payments API through its own client. Every create carries our stored key (the
 * client would otherwise make up a new one per call). 5xx are retried by the client (3
 * tries) and then surface as ProviderUnavailableError; a 4xx is a refusal (422).
 */
export function mollieProvider(options: MollieOptions): PaymentProvider {
  const client = createMollieClient({ apiKey: options.apiKey, apiEndpoint: options.apiEndpoint });
  return {
    async createPayment(input) {
      const payment = await call(() =>
        client.payments.create({
          amount: { currency: input.currency, value: toValue(input.amountMinor) },
          description: input.description,
          redirectUrl: input.redirectUrl,
          webhookUrl: options.webhookUrl(),
          metadata: { paymentId: input.paymentId, billId: input.billId, orderId: input.orderId },
          idempotencyKey: input.idempotencyKey,
        }),
      );
      return toProviderPayment(payment);
    },
    getPayment: (id) =>
      unlessNotFound(async () => toProviderPayment(await call(() => client.payments.get(id)))),
    async createRefund(input) {
      const refund = await call(() =>
        client.paymentRefunds.create({
          paymentId: input.molliePaymentId,
          amount: { currency: input.currency, value: toValue(input.amountMinor) },
          description: input.description,
          metadata: { refundId: input.refundId },
          idempotencyKey: input.idempotencyKey,
        }),
      );
      return { id: refund.id, status: refund.status as RefundStatus };
    },
    getRefund: (molliePaymentId, mollieRefundId) =>
      unlessNotFound(async () => {
        const refund = await call(() =>
          client.paymentRefunds.get(mollieRefundId, { paymentId: molliePaymentId }),
        );
        return { id: refund.id, status: refund.status as RefundStatus };
      }),
  };
}

/** A read of something Mollie does not know answers undefined. */
async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof RuleViolationError && err.type === 'payment-provider-not-found') {
      return undefined;
    }
    throw err;
  }
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const status = err instanceof MollieApiError ? err.statusCode : undefined;
    if (status === 404) {
      throw new RuleViolationError('payment-provider-not-found', 'Mollie has no such payment');
    }
    if (status !== undefined && status >= 400 && status < 500) {
      throw new RuleViolationError(
        'payment-provider-refused',
        `Mollie refused: ${err instanceof Error ? err.message : ''}`,
      );
    }
    throw new ProviderUnavailableError(err instanceof Error ? err.message : String(err));
  }
}

function toProviderPayment(p: MolliePayment): ProviderPayment {
  const metadata = (p.metadata ?? {}) as { paymentId?: unknown };
  return {
    id: p.id,
    status: p.status as ProviderPayment['status'],
    amountMinor: toMinor(p.amount.value),
    currency: p.amount.currency,
    checkoutUrl: p.getCheckoutUrl() ?? null,
    paymentId: typeof metadata.paymentId === 'string' ? metadata.paymentId : null,
  };
}

/** Mollie's amounts are decimal strings with two places ("12.30"); ours are cents. */
const toValue = (minor: number) => (minor / 100).toFixed(2);
const toMinor = (value: string) => Math.round(Number(value) * 100);
