import type { Router } from 'express';

export type ReadinessChecks = Record<string, () => Promise<unknown>>;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(t));
  });
}

/**
 * `/healthz`: the process is alive. `/readyz`: every dependency is checked and reported by
 * name; 503 when a required one is down. Those in `degradedOnly` (the broker for a service
 * whose outbox keeps taking orders meanwhile) only turn the status to `degraded`.
 */
export function mountHealth(
  router: Router,
  checks: ReadinessChecks,
  { timeoutMs = 2_000, degradedOnly = [] as readonly string[] } = {},
): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const names = Object.keys(checks);
    const results = await Promise.allSettled(
      names.map((n) => withTimeout(checks[n]!(), timeoutMs)),
    );
    const report = Object.fromEntries(
      names.map((n, i) => {
        const r = results[i]!;
        return [
          n,
          r.status === 'fulfilled' ? 'up' : `down: ${(r.reason as Error)?.message ?? r.reason}`,
        ];
      }),
    );
    const down = names.filter((_, i) => results[i]!.status === 'rejected');
    const ready = down.every((n) => degradedOnly.includes(n));
    const status = !ready ? 'not-ready' : down.length > 0 ? 'degraded' : 'ready';
    res.status(ready ? 200 : 503).json({ status, checks: report });
  });
}
