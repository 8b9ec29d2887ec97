import { join } from 'node:path';
import express, { type Router } from 'express';

/** The page and its assets, beside src/ and dist/ alike. */
const PAGE_DIR = join(__dirname, '..', '..', 'public', 'console');

/**
 * The operators' page: static, it signs in through the console and calls only the
 * console's API, so nothing else needs to be reachable from the operator's browser.
 */
export function mountConsolePage(router: Router): void {
  router.use('/console/assets', express.static(PAGE_DIR, { index: false, maxAge: '5m' }));
  const page = (_req: express.Request, res: express.Response) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(join(PAGE_DIR, 'index.html'));
  };
  router.get('/', page);
  router.get('/console', page);
}
