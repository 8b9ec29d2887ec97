import type { RefundRequest } from '@brigade/contracts';
import {
  actorKey,
  canAccess,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  type Actor,
} from '@brigade/core';
import { fiscalDayForSale } from '../fiscal-days/fiscal-day-for-sale';
import type { BillingDeps } from '../ports';
import { registerSessionForTender } from '../registers/register-session-for-tender';
import type { Payment } from './payment';
import { idempotencyKeyReused } from './payment.errors';
import { paymentRefunded } from './payment-events';
import type { Refund } from './refund';
import type { ClientRequest } from './start-payment';

/**
 * Gives money back on a paid payment: a manager, or a waiter with a manager's approval.
 * The amount is reserved on the payment under its lock before Mollie is called, so two
 * refunds can never exceed what was paid; the key Mollie gets is stored with the refund,
 * so a retry never refunds twice.
 */
export async function refundPayment(
  deps: BillingDeps,
  caller: Actor,
  paymentId: string,
  body: RefundRequest,
  request: ClientRequest,
  approvalToken: string | undefined,
): Promise<Refund> {
  const { refund, payment } = await reserveRefund(
    deps,
    caller,
    paymentId,
    body,
    request,
    approvalToken,
  );
  if (refund.status !== 'creating') return refund;
  return refundAtProvider(deps, payment, refund);
}

/**
 * The refund written down and its amount reserved on the payment, in one transaction (it
 * joins the caller's): the refund exists before Mollie hears of it, so it is resumed with
 * its own key if anything stops before Mollie answered. A cash refund is done here.
 */
export async function reserveRefund(
  deps: BillingDeps,
  caller: Actor,
  paymentId: string,
  body: RefundRequest,
  request: ClientRequest,
  approvalToken: string | undefined,
): Promise<{ refund: Refund; payment: Payment }> {
  if (caller.kind !== 'staff') throw new ForbiddenError('Only staff refund payments');
  return deps.transaction(async () => {
    const payment = await deps.payments.lock(paymentId);
    if (!payment || !canAccess(caller, payment)) throw new NotFoundError('The payment');
    const earlier = await deps.payments.findRefundByRequest(paymentId, request.key);
    if (earlier) {
      if (earlier.requestHash !== request.hash) throw idempotencyKeyReused();
      return { refund: earlier, payment };
    }
    if (!caller.roles.some((r) => r === 'manager' || r === 'admin')) {
      await deps.approvals.verify(approvalToken, {
        tenantId: caller.tenantId,
        action: 'refund',
        subjectId: paymentId,
      });
    }
    if (payment.status !== 'paid') {
      throw new ConflictError('payment-not-paid', `The payment is ${payment.status}`);
    }
    const refundable = payment.amountMinor + payment.tipMinor - payment.refundedMinor;
    if (body.amountMinor > refundable) {
      throw new RuleViolationError(
        'refund-exceeds-payment',
        `At most ${refundable} can be refunded`,
        [{ field: 'amountMinor', message: `at most ${refundable}` }],
      );
    }
    if (payment.method === 'marketplace') {
      throw new RuleViolationError(
        'refund-at-marketplace',
        'The marketplace took this payment: it refunds its guest itself',
      );
    }
    const method = body.method ?? (payment.method === 'mollie' ? 'mollie' : 'cash');
    if (method === 'mollie' && payment.method !== 'mollie') {
      throw new RuleViolationError(
        'refund-method-invalid',
        'Only a Mollie payment is refunded through Mollie',
        [{ field: 'method', message: 'cash for a payment taken at the table' }],
      );
    }
    const session =
      method === 'cash' ? await registerSessionForTender(deps, payment, body.registerId) : null;
    const day = await fiscalDayForSale(deps, payment);
    const now = deps.clock.now();
    const id = deps.newId();
    const refund: Refund = {
      id,
      paymentId,
      tenantId: payment.tenantId,
      locationId: payment.locationId,
      fiscalDayId: day.id,
      method,
      status: method === 'cash' ? 'refunded' : 'creating',
      amountMinor: body.amountMinor,
      currency: payment.currency,
      reason: body.reason,
      registerSessionId: session?.id ?? null,
      mollieRefundId: null,
      idempotencyKey: `brigade-refund-${id}`,
      requestKey: request.key,
      requestHash: request.hash,
      createdBy: actorKey(caller),
      createdAt: now,
    };
    await deps.payments.insertRefund(refund);
    await deps.payments.addRefunded(paymentId, refund.amountMinor);
    if (method === 'cash') {
      await deps.outbox.add([
        paymentRefunded(payment, refund, payment.refundedMinor + refund.amountMinor, now),
      ]);
    }
    return { refund, payment };
  });
}

/** Asks Mollie for the refund with its stored key; a refusal gives the reserved amount back. */
export async function refundAtProvider(
  deps: BillingDeps,
  payment: Payment,
  refund: Refund,
): Promise<Refund> {
  let created: Awaited<ReturnType<BillingDeps['provider']['createRefund']>>;
  try {
    created = await deps.provider.createRefund({
      molliePaymentId: payment.molliePaymentId!,
      amountMinor: refund.amountMinor,
      currency: refund.currency,
      description: refund.reason,
      refundId: refund.id,
      idempotencyKey: refund.idempotencyKey,
    });
  } catch (err) {
    if (err instanceof RuleViolationError) {
      await deps.transaction(async () => {
        await deps.payments.lock(payment.id);
        await deps.payments.setRefundStatus(refund.id, 'failed');
        await deps.payments.addRefunded(payment.id, -refund.amountMinor);
      });
    }
    throw err;
  }
  return deps.transaction(async () => {
    const locked = (await deps.payments.lock(payment.id))!;
    const current = (await deps.payments.findRefund(refund.id))!;
    if (current.status !== 'creating') return current;
    await deps.payments.setRefundStatus(refund.id, created.status, created.id);
    const now = deps.clock.now();
    const done = { ...current, status: created.status, mollieRefundId: created.id };
    await deps.outbox.add([paymentRefunded(locked, done, locked.refundedMinor, now)]);
    return done;
  });
}
