import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchBrowser } from '../src/browser';

describe('the test browser', () => {
  it('when a page pushes events over SSE, then headless Chromium runs its script and shows them', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end('data: Käsespätzle\n\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<ul id="t"></ul><script>
        const es = new EventSource('/events');
        es.onmessage = (e) => { document.getElementById('t').innerHTML += '<li>' + e.data + '</li>'; es.close(); };
      </script>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.locator('#t li').first().waitFor();
      expect(await page.locator('#t li').allTextContents()).toEqual(['Käsespätzle']);
    } finally {
      await browser.close();
      await new Promise((r) => server.close(r));
    }
  });
});
