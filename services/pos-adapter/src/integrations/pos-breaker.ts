import type { Logger } from '@brigade/core';
import CircuitBreaker from 'opossum';
import { BreakerOpen, PosRefused, PosUnavailable } from '../domain/fiscal-pos';

export interface BreakerOptions {
  /** A call slower than this counts as failed (it may still succeed at the POS). */
  timeoutMs: number;
  /** Calls in the rolling window before the error rate may open it. */
  volumeThreshold: number;
  errorThresholdPercentage: number;
  /** Open this long, then one probe call decides (half-open). */
  resetTimeoutMs: number;
}

/**
 * One POS endpoint's circuit breaker (opossum). Refusals (4xx) are the register working,
 * so they do not count toward opening it. While it is open calls fail at once with
 * `PosUnavailable`, and `heldBackUntil` tells jobs how long to wait instead of trying.
 * Half-open lets exactly one probe through (opossum admits the first call only).
 */
export class PosBreaker {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private openedAt: number | null = null;

  constructor(
    readonly endpoint: string,
    private readonly options: BreakerOptions,
    log: Logger,
  ) {
    this.breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
      timeout: options.timeoutMs,
      volumeThreshold: options.volumeThreshold,
      errorThresholdPercentage: options.errorThresholdPercentage,
      resetTimeout: options.resetTimeoutMs,
      errorFilter: (err: unknown) => err instanceof PosRefused,
      name: endpoint,
    });
    this.breaker.on('open', () => {
      this.openedAt = Date.now();
      log.warn({ endpoint }, 'fiscal POS breaker open: pushes wait');
    });
    this.breaker.on('halfOpen', () =>
      log.info({ endpoint }, 'fiscal POS breaker half-open: probing'),
    );
    this.breaker.on('close', () => {
      this.openedAt = null;
      log.info({ endpoint }, 'fiscal POS breaker closed');
    });
  }

  async call<T>(what: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    try {
      return (await this.breaker.fire(() => fn(controller.signal))) as T;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ETIMEDOUT') controller.abort();
      if (err instanceof PosRefused || err instanceof PosUnavailable) throw err;
      if (code === 'EOPENBREAKER')
        throw new BreakerOpen(
          `${what}: the POS breaker is open`,
          this.heldBackUntil() ?? new Date(),
        );
      if (code === 'ETIMEDOUT')
        throw new PosUnavailable(`${what}: timed out after ${this.options.timeoutMs} ms`);
      throw new PosUnavailable(`${what}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Open: until its reset time (then one probe goes); half-open with the probe out: shortly. */
  heldBackUntil(): Date | null {
    if (this.breaker.closed) return null;
    if (this.breaker.opened && this.openedAt !== null)
      return new Date(Math.max(Date.now(), this.openedAt + this.options.resetTimeoutMs));
    if (this.breaker.halfOpen && !this.breaker.pendingClose) return new Date(Date.now() + 250);
    return null;
  }

  get state(): 'closed' | 'open' | 'half-open' {
    return this.breaker.opened ? 'open' : this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}
