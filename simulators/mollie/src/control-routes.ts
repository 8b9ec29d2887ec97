import express, { type Router } from 'express';
import type { MollieSimulator } from './simulator';
import type { WebhookMode } from './webhooks';

/** `/_sim/…`: the simulator's own controls over HTTP, for `npm start` and manual testing. */
export function controlRoutes(sim: () => MollieSimulator): Router {
  const router = express.Router();
  router.use(express.json({ limit: '10kb' }));
  router.get('/_sim/payments', (_req, res) => res.json(sim().payments()));
  router.get('/_sim/requests', (_req, res) => res.json(sim().requests()));
  router.get('/_sim/webhooks', (_req, res) => res.json(sim().webhooks.delivered()));
  router.post('/_sim/payments/:id/status', async (req, res) => {
    const body = req.body as { status?: string; webhook?: boolean };
    try {
      await sim().setStatus(req.params.id, body.status as never, { webhook: body.webhook ?? true });
      res.json({ ok: true });
    } catch (err) {
      res.status(404).json({ error: (err as Error).message });
    }
  });
  router.post('/_sim/payments/:id/webhook', async (req, res) => {
    await sim().sendWebhook(req.params.id);
    res.json({ ok: true });
  });
  router.post('/_sim/webhooks/mode', (req, res) => {
    sim().webhooks.mode((req.body as { mode: WebhookMode }).mode);
    res.json({ ok: true });
  });
  router.post('/_sim/webhooks/release', async (req, res) => {
    await sim().webhooks.release((req.body as { order?: 'sent' | 'reverse' }).order);
    res.json({ ok: true });
  });
  router.post('/_sim/faults', (req, res) => {
    const body = req.body as { count?: number; status?: number; method?: string; path?: string };
    sim().failNext(body.count ?? 1, {
      status: body.status,
      method: body.method,
      path: body.path ? new RegExp(body.path) : undefined,
    });
    res.json({ ok: true });
  });
  router.post('/_sim/refunds/settle', (_req, res) => {
    sim().settleRefunds();
    res.json({ ok: true });
  });
  router.post('/_sim/reset', (_req, res) => {
    sim().reset();
    res.json({ ok: true });
  });
  return router;
}
