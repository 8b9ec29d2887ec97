import express, { type Router } from 'express';
import type { FiscalPosSimulator } from './simulator';

/** `/_sim/…`: the simulator's own controls over HTTP, for `npm start` and manual testing. */
export function controlRoutes(sim: () => FiscalPosSimulator): Router {
  const router = express.Router();
  router.use('/_sim', express.json({ limit: '10kb' }));
  router.get('/_sim/orders', (_req, res) => res.json(sim().orders()));
  router.get('/_sim/requests', (_req, res) => res.json(sim().requests()));
  router.get('/_sim/callbacks', (_req, res) => res.json(sim().callbacks()));
  router.get('/_sim/behaviour', (_req, res) => res.json(sim().behaviour()));
  router.post('/_sim/behaviour', (req, res) => {
    sim().behave(req.body as never);
    res.json(sim().behaviour());
  });
  router.post('/_sim/orders/:id/status', async (req, res) => {
    try {
      await sim().setStatus(req.params.id, (req.body as { status: never }).status);
      res.json({ ok: true });
    } catch (err) {
      res.status(404).json({ error: (err as Error).message });
    }
  });
  router.post('/_sim/tokens/revoke', (_req, res) => {
    sim().revokeTokens();
    res.json({ ok: true });
  });
  router.post('/_sim/reset', (_req, res) => {
    sim().reset();
    res.json({ ok: true });
  });
  return router;
}
