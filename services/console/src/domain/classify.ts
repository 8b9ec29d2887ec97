import type { FailureCause } from '@brigade/contracts';

const MAPPING = /mapping|unmapped|unknown sku|not mapped/i;

/**
 * Why a dead letter died, from the reason the consumer stamped on it: invalid messages
 * are `validation`; a handler's refusal is `permanent` (or `mapping` when it says so);
 * retries that ran out, or a consumer that kept crashing (the broker's delivery limit), are
 * `transient`.
 */
export function classifyDeadLetter(reason: string | undefined, error: string): FailureCause {
  if (reason === 'invalid-message') return 'validation';
  if (MAPPING.test(error)) return 'mapping';
  if (reason === 'rejected') return 'permanent';
  return 'transient';
}

/** A job that failed for good: an unrecoverable error is permanent, running out is transient. */
export function classifyJob(error: string, attemptsMade: number, attempts: number): FailureCause {
  if (MAPPING.test(error)) return 'mapping';
  return attemptsMade < attempts ? 'permanent' : 'transient';
}
