import type { Clock } from '@brigade/core';
import type { AlertRepository, Alert } from '../db/repositories/alerts.repository';
import type { FailureRepository } from '../db/repositories/failures.repository';
import type { TraceRepository } from '../db/repositories/trace.repository';
import type { DeadLetterProperties, Failure } from './failure';

/** The services that own the failed work, asked to redo or settle it for the operator. */
export interface Owners {
  retryPrintJob(failure: Failure, printJobId: string, actor: string): Promise<OwnerAnswer>;
  resendFiscalPush(
    failure: Failure,
    pushId: string,
    actor: string,
    reason: string,
  ): Promise<OwnerAnswer>;
  refundFiscalPush(
    failure: Failure,
    pushId: string,
    actor: string,
    reason: string,
  ): Promise<OwnerAnswer>;
  closeFiscalPush(
    failure: Failure,
    pushId: string,
    actor: string,
    reason: string,
  ): Promise<OwnerAnswer>;
  retryMarketplaceOrder(failure: Failure, orderId: string, actor: string): Promise<OwnerAnswer>;
  mapSkus(failure: Failure, mappings: SkuMapping[], actor: string): Promise<OwnerAnswer>;
}

/** `done`: the owner did it; `already`: it had been done (a lost answer, a second console). */
export type OwnerAnswer = 'done' | 'already';

export interface ConsoleDeps {
  failures: FailureRepository;
  alerts: AlertRepository;
  trace: TraceRepository;
  clock: Clock;
  newId(): string;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  resendDeadLetter(
    queue: string,
    content: Buffer,
    properties: DeadLetterProperties,
    by: string,
  ): Promise<void>;
  jobs: {
    retryFailed(queue: string, jobId: string): Promise<boolean>;
    removeFailed(queue: string, jobId: string): Promise<boolean>;
  };
  owners: Owners;
  /** Queues the alert's webhook call once the transaction commits. */
  notify(alert: Alert): void;
  settings: { dlqDepthAlert: number; webhook: boolean };
}

/** A marketplace SKU as one of the location's products or modifier options. */
export interface SkuMapping {
  sku: string;
  productId?: string;
  modifierOptionId?: string;
}
