import type { NextFunction, Request, Response, Router } from 'express';
import { collectDefaultMetrics, Histogram, register } from 'prom-client';

let defaultsCollected = false;

const httpDuration = new Histogram({
  name: 'brigade_http_request_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
});

/** Times every request, labelled by route pattern (never the raw URL: ids would explode the series). */
export function measureRequests(req: Request, res: Response, next: NextFunction): void {
  const end = httpDuration.startTimer();
  res.on('finish', () => {
    const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
    end({ method: req.method, route, status: String(res.statusCode) });
  });
  next();
}

/** `/metrics` in the Prometheus text format, with Node's default process metrics. */
export function mountMetrics(router: Router): void {
  if (!defaultsCollected) {
    collectDefaultMetrics();
    defaultsCollected = true;
  }
  router.get('/metrics', async (_req, res) => {
    res.type(register.contentType).send(await register.metrics());
  });
}
