import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import createMollieClient, { MollieApiError } from '@mollie/api-client';
import { waitUntil } from '../../../libs/testing/src';
import { startMollieSimulator, type MollieSimulator } from '../src';

/** A webhook receiver that answers with the statuses it is given, then 200. */
async function aReceiver(statuses: number[] = []) {
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(new URLSearchParams(body).get('id') ?? '');
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, close: () => new Promise((r) => server.close(r)) };
}

describe('the Mollie simulator, through the real Mollie client', () => {
  let sim: MollieSimulator;
  let mollie: ReturnType<typeof createMollieClient>;
  const create = (idempotencyKey: string, value = '10.00', webhookUrl?: string) =>
    mollie.payments.create({
      amount: { currency: 'EUR', value },
      description: 'Bill 2026-1',
      redirectUrl: 'https://gasthaus.example/thanks',
      webhookUrl,
      metadata: { paymentId: 'ours' },
      idempotencyKey,
    });

  beforeAll(async () => {
    sim = await startMollieSimulator({ webhookRetryDelaysMs: [50, 50] });
    mollie = createMollieClient({ apiKey: sim.apiKey, apiEndpoint: sim.apiEndpoint });
  });
  afterAll(() => sim.stop());
  afterEach(() => sim.reset());

  it('replays a create with the same key, refuses the key with another body, and lists and cancels', async () => {
    const first = await create('key-1');
    const again = await create('key-1');
    const other = await create('key-1', '11.00').catch((e: unknown) => e);

    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: 'open', amount: { value: '10.00', currency: 'EUR' } });
    expect(first.getCheckoutUrl()).toBe(`${sim.origin}/checkout/${first.id}`);
    expect((other as MollieApiError).statusCode).toBe(422);
    expect(sim.payments()).toHaveLength(1);
    expect((await mollie.payments.page()).map((p) => p.id)).toEqual([first.id]);
    expect((await mollie.payments.cancel(first.id)).status).toBe('canceled');
    const missing = await mollie.payments.get('tr_nothere00').catch((e: unknown) => e);
    expect((missing as MollieApiError).statusCode).toBe(404);
  });

  it('fails the next calls with 5xx; the client retries them with the same key', async () => {
    sim.failNext(2, { method: 'POST' });

    const payment = await create('key-2');

    const posts = sim.requests().filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.status)).toEqual([503, 503, 201]);
    expect(new Set(posts.map((r) => r.idempotencyKey))).toEqual(new Set(['key-2']));
    expect(sim.payments().map((p) => p.id)).toEqual([payment.id]);
  });

  it('refunds a paid payment up to what is left, never more', async () => {
    const payment = await create('key-3');
    await sim.setStatus(payment.id, 'paid', { webhook: false });
    const refund = (value: string, idempotencyKey: string) =>
      mollie.paymentRefunds.create({
        paymentId: payment.id,
        amount: { currency: 'EUR', value },
        idempotencyKey,
      });

    const first = await refund('4.00', 'r-1');
    const replay = await refund('4.00', 'r-1');
    const tooMuch = await refund('6.01', 'r-2').catch((e: unknown) => e);
    sim.settleRefunds();

    expect(replay.id).toBe(first.id);
    expect((tooMuch as MollieApiError).statusCode).toBe(422);
    expect((await mollie.paymentRefunds.get(first.id, { paymentId: payment.id })).status).toBe(
      'refunded',
    );
    expect((await mollie.payments.get(payment.id)).amountRemaining).toEqual({
      currency: 'EUR',
      value: '6.00',
    });
  });

  it('the checkout page sets the status, sends the webhook and takes the guest back', async () => {
    const receiver = await aReceiver();
    const payment = await create('key-4', '10.00', receiver.url);

    const page = await fetch(payment.getCheckoutUrl()!);
    const chosen = await fetch(payment.getCheckoutUrl()!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'status=paid',
      redirect: 'manual',
    });

    expect(await page.text()).toContain('EUR 10.00');
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe('https://gasthaus.example/thanks');
    expect((await mollie.payments.get(payment.id)).status).toBe('paid');
    expect(receiver.received).toEqual([payment.id]);
    await receiver.close();
  });

  it('webhooks: retried after a 5xx, dropped, sent ten times at once, held and released in reverse', async () => {
    const receiver = await aReceiver([500]);
    const a = await create('key-5', '1.00', receiver.url);
    const b = await create('key-6', '2.00', receiver.url);

    await sim.setStatus(a.id, 'pending');
    await waitUntil(() => receiver.received.length === 2, { what: 'the retry' });
    sim.webhooks.mode('drop');
    await sim.setStatus(a.id, 'failed');
    sim.webhooks.mode({ duplicate: 10 });
    await sim.sendWebhook(b.id);
    sim.webhooks.mode('hold');
    await sim.setStatus(b.id, 'pending');
    await sim.setStatus(b.id, 'paid');
    const beforeRelease = receiver.received.length;
    await sim.webhooks.release('reverse');

    expect(receiver.received.slice(0, 2)).toEqual([a.id, a.id]);
    expect(beforeRelease).toBe(12);
    expect(receiver.received.slice(12)).toEqual([b.id, b.id]);
    expect(sim.webhooks.delivered().map((w) => w.status)).toContain(500);
    await receiver.close();
  });
});
