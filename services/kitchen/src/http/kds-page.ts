import { join } from 'node:path';
import express, { type Router } from 'express';

/** The page and its assets, beside src/ and dist/ alike. */
const PAGE_DIR = join(__dirname, '..', '..', 'public', 'kds');

/**
 * The kitchen display: one static page per station (`/kds/<stationId>`) that signs in with
 * the station's screen key and follows its tickets live. No credentials are needed to load
 * the page itself; every call it makes carries the key.
 */
export function mountKdsPage(router: Router): void {
  router.use('/kds/assets', express.static(PAGE_DIR, { index: false, maxAge: '5m' }));
  router.get('/kds/:stationId', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(join(PAGE_DIR, 'index.html'));
  });
}
