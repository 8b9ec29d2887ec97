import { Gauge, register } from 'prom-client';

interface Readers {
  breakers: () => Array<{ endpoint: string; state: 'closed' | 'open' | 'half-open' }>;
  /** Pushes in the dead letters, per tenant. */
  dead: () => Promise<Array<{ tenantId: string; count: number }>>;
}

let readers: Readers = { breakers: () => [], dead: () => Promise.resolve([]) };
const STATE = { closed: 0, 'half-open': 1, open: 2 } as const;

/**
 * On /metrics: `pos_breaker_state{endpoint}` (0 closed, 1 half-open, 2 open) and
 * `pos_pushes_dead_lettered{tenant_id}`, read at each scrape: what an operator alerts on.
 * prom-client's registry is per process, so a second app in one process (tests) takes the
 * gauges over instead of registering them twice.
 */
export function exposePosMetrics(read: Readers): void {
  readers = read;
  if (register.getSingleMetric('pos_breaker_state')) return;
  new Gauge({
    name: 'pos_breaker_state',
    help: 'Circuit breaker of each fiscal POS endpoint: 0 closed, 1 half-open, 2 open',
    labelNames: ['endpoint'],
    collect() {
      this.reset();
      for (const b of readers.breakers()) this.set({ endpoint: b.endpoint }, STATE[b.state]);
    },
  });
  new Gauge({
    name: 'pos_pushes_dead_lettered',
    help: 'Paid bills waiting in the dead letters for an operator, per tenant',
    labelNames: ['tenant_id'],
    async collect() {
      this.reset();
      for (const d of await readers.dead()) this.set({ tenant_id: d.tenantId }, d.count);
    },
  });
}
