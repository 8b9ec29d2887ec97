import type { PaymentStatus } from '@brigade/contracts';
import type { Payment } from './payment';
import type { Refund, RefundStatus } from './refund';

export interface PaymentRepository {
  /** What a marketplace order was paid with: the guest's payment to the marketplace, its commission. */
  insertSettlement(s: MarketplaceSettlement): Promise<void>;
  findSettlement(orderId: string): Promise<MarketplaceSettlement | undefined>;
  insert(payment: Payment): Promise<void>;
  find(id: string): Promise<Payment | undefined>;
  /** Locked until the transaction ends: one status change at a time. */
  lock(id: string): Promise<Payment | undefined>;
  findByMollieId(molliePaymentId: string): Promise<Payment | undefined>;
  findByRequest(billId: string, requestKey: string): Promise<Payment | undefined>;
  listByBill(billId: string): Promise<Payment[]>;
  /** Records the Mollie payment created for ours (never replaces another one). */
  attachMollie(id: string, molliePaymentId: string, checkoutUrl: string | null): Promise<void>;
  setStatus(id: string, status: PaymentStatus, at: Date): Promise<void>;
  addRefunded(id: string, amountMinor: number): Promise<void>;
  /** Payments not final whose status has not changed since `before`, oldest first. */
  listUnsettled(before: Date, limit: number): Promise<Payment[]>;
  insertRefund(refund: Refund): Promise<void>;
  findRefundByRequest(paymentId: string, requestKey: string): Promise<Refund | undefined>;
  listRefunds(paymentId: string): Promise<Refund[]>;
  findRefund(id: string): Promise<Refund | undefined>;
  /** The refunds of every payment of a bill, in one read. */
  listRefundsOfBill(billId: string): Promise<Refund[]>;
  setRefundStatus(id: string, status: RefundStatus, mollieRefundId?: string): Promise<void>;
  /** Refunds not final (created before `before`), oldest first. */
  listUnsettledRefunds(before: Date, limit: number): Promise<Refund[]>;
}

/** What a payment provider says about a payment. */
export interface ProviderPayment {
  id: string;
  status: Exclude<PaymentStatus, 'creating'>;
  amountMinor: number;
  currency: string;
  checkoutUrl: string | null;
  /** Our payment id, as we gave it when creating. */
  paymentId: string | null;
}

/** Mollie, seen from the domain. Throws ProviderUnavailableError when it cannot be reached. */
export interface PaymentProvider {
  createPayment(input: {
    amountMinor: number;
    currency: string;
    description: string;
    redirectUrl: string;
    paymentId: string;
    billId: string;
    orderId: string;
    idempotencyKey: string;
  }): Promise<ProviderPayment>;
  /** Undefined when the provider has no such payment. */
  getPayment(molliePaymentId: string): Promise<ProviderPayment | undefined>;
  createRefund(input: {
    molliePaymentId: string;
    amountMinor: number;
    currency: string;
    description: string;
    refundId: string;
    idempotencyKey: string;
  }): Promise<{ id: string; status: RefundStatus }>;
  /** Undefined when the provider has no such refund. */
  getRefund(
    molliePaymentId: string,
    mollieRefundId: string,
  ): Promise<{ id: string; status: RefundStatus } | undefined>;
}

export interface MarketplaceSettlement {
  paymentId: string;
  orderId: string;
  marketplace: string;
  externalId: string;
  paidByGuestMinor: number;
  commissionMinor: number;
  currency: string;
}
