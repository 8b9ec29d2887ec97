import express, { type Router } from 'express';
import { MARKETPLACES, type Marketplace } from './marketplace';
import type { MarketplaceSimulator, PlaceOptions } from './simulator';

/** `/_sim/…`: place orders and look at what the adapter did, for `npm start` and by hand. */
export function controlRoutes(sim: () => MarketplaceSimulator): Router {
  const router = express.Router();
  router.use('/_sim', express.json({ limit: '100kb' }));
  const marketplaceOf = (value: string): Marketplace | undefined =>
    MARKETPLACES.find((m) => m === value);
  router.post('/_sim/:marketplace/orders', async (req, res) => {
    const marketplace = marketplaceOf(req.params.marketplace);
    if (!marketplace) return res.status(404).json({ error: 'unknown marketplace' });
    try {
      const placed = await sim().placeOrder(marketplace, req.body as PlaceOptions);
      res.status(201).json({
        order: placed.order,
        deliveries: placed.deliveries.map((d) => ({ status: d.status, at: d.at })),
      });
    } catch (err) {
      res.status(400).json({ error: (err as Error).message });
    }
  });
  router.post('/_sim/:marketplace/orders/:id/cancel', async (req, res) => {
    const marketplace = marketplaceOf(req.params.marketplace);
    if (!marketplace) return res.status(404).json({ error: 'unknown marketplace' });
    try {
      const deliveries = await sim().cancelOrder(marketplace, req.params.id);
      res.json({ deliveries: deliveries.map((d) => ({ status: d.status, at: d.at })) });
    } catch (err) {
      res.status(404).json({ error: (err as Error).message });
    }
  });
  router.post('/_sim/:marketplace/webhook-url', (req, res) => {
    const marketplace = marketplaceOf(req.params.marketplace);
    if (!marketplace) return res.status(404).json({ error: 'unknown marketplace' });
    sim().setWebhookUrl(marketplace, String((req.body as { url?: string }).url));
    res.json({ ok: true });
  });
  router.post('/_sim/:marketplace/faults', (req, res) => {
    const marketplace = marketplaceOf(req.params.marketplace);
    if (!marketplace) return res.status(404).json({ error: 'unknown marketplace' });
    const body = req.body as { count?: number; path?: string };
    sim().failNext(
      marketplace,
      Number(body.count ?? 1),
      body.path ? new RegExp(body.path) : undefined,
    );
    res.json({ ok: true });
  });
  router.get('/_sim/calls', (_req, res) => res.json(sim().calls()));
  router.get('/_sim/deliveries', (_req, res) =>
    res.json(
      sim()
        .deliveries()
        .map(({ headers: _h, ...d }) => d),
    ),
  );
  router.post('/_sim/reset', (_req, res) => {
    sim().reset();
    res.json({ ok: true });
  });
  return router;
}
