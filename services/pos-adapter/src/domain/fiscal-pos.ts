import type { PosOrderPayload } from './pos-order';

export type PosPlatformStatus =
  'accepted' | 'processing' | 'processed' | 'canceled' | 'processing_error';

/** An order as the register knows it. */
export interface PosOrderState {
  id: string;
  /** Our idempotency key, which the register keeps as its `orderId`. */
  key: string;
  status: PosPlatformStatus;
  errorMessage: string | null;
  tse: {
    transactionNumber: number;
    signatureCounter: number;
    signature: string;
    tseSerialNumber: string;
    clientId: string;
    startTime: string;
    endTime: string;
    qrCodeData: string | null;
  } | null;
}

/**
 * The restaurant's fiscal register. Every call may throw `PosRefused` (it answered 4xx: do
 * not retry the same thing) or `PosUnavailable` (down, 5xx, timed out, breaker open: try
 * later; a timed-out push may still have arrived).
 */
export interface FiscalPos {
  push(key: string, order: PosOrderPayload): Promise<PosOrderState>;
  /** The register's orders under our key: how a retry learns a push already arrived. */
  findByKey(key: string): Promise<PosOrderState[]>;
  get(posOrderId: string): Promise<PosOrderState>;
  /** When calls may go through again, if the breaker holds them back now. */
  heldBackUntil(): Date | null;
}

export class PosRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'PosRefused';
  }
}

export class PosUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PosUnavailable';
  }
}

/** The breaker holds calls back: nothing was sent, wait until it lets a probe through. */
export class BreakerOpen extends PosUnavailable {
  constructor(
    message: string,
    readonly until: Date,
  ) {
    super(message);
    this.name = 'BreakerOpen';
  }
}
