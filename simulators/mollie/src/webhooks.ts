export type WebhookMode = 'normal' | 'drop' | 'hold' | { duplicate: number } | { delayMs: number };

export interface WebhookAttempt {
  paymentId: string;
  url: string;
  /** The receiver's HTTP status, or 0 when it could not be reached. */
  status: number;
  at: string;
}

/**
 * Mollie's classic webhooks: a form POST with only `id=tr_…`, retried when the receiver
 * does not answer 2xx (Mollie: 10 tries over 26 hours; here on a short schedule), and
 * misbehaving on demand: dropped, held back and released in any order, sent many times at
 * once, or late.
 */
export class WebhookSender {
  private mode: WebhookMode = 'normal';
  private held: Array<{ paymentId: string; url: string }> = [];
  private readonly attempts: WebhookAttempt[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly retryDelaysMs: readonly number[]) {}

  setMode(mode: WebhookMode): void {
    this.mode = mode;
  }

  delivered(): WebhookAttempt[] {
    return [...this.attempts];
  }

  /** Sends as the current mode says; resolves once the first try(s) are done. */
  async send(paymentId: string, url: string | null): Promise<void> {
    if (!url) return;
    const mode = this.mode;
    if (mode === 'drop') return;
    if (mode === 'hold') {
      this.held.push({ paymentId, url });
      return;
    }
    if (typeof mode === 'object' && 'delayMs' in mode) {
      this.later(mode.delayMs, () => this.deliver(paymentId, url, 0));
      return;
    }
    const copies = typeof mode === 'object' ? mode.duplicate : 1;
    await Promise.all(Array.from({ length: copies }, () => this.deliver(paymentId, url, 0)));
  }

  /** Sends what was held, in the order it was made or reversed. */
  async release(order: 'sent' | 'reverse' = 'sent'): Promise<void> {
    const held = order === 'reverse' ? [...this.held].reverse() : this.held;
    this.held = [];
    for (const { paymentId, url } of held) await this.deliver(paymentId, url, 0);
  }

  reset(): void {
    this.mode = 'normal';
    this.held = [];
    this.attempts.length = 0;
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
  }

  private async deliver(paymentId: string, url: string, attempt: number): Promise<void> {
    if (this.stopped) return;
    let status = 0;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ id: paymentId }).toString(),
        signal: AbortSignal.timeout(15_000),
      });
      status = res.status;
      await res.arrayBuffer();
    } catch {
      status = 0;
    }
    this.attempts.push({ paymentId, url, status, at: new Date().toISOString() });
    const delay = this.retryDelaysMs[attempt];
    if ((status < 200 || status > 299) && delay !== undefined) {
      this.later(delay, () => this.deliver(paymentId, url, attempt + 1));
    }
  }

  private later(ms: number, fn: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void fn();
    }, ms);
    this.timers.add(timer);
  }
}
