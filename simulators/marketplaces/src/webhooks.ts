import { randomUUID } from 'node:crypto';
import type { Marketplace } from './marketplace';
import { deliverooSignature, uberSignature, woltSignature } from './signing';

/**
 * `signed`: as the marketplace sends it; `forged`: signed with a wrong secret; `tampered`:
 * signed, then one byte of the body changed on the way.
 */
export type Signing = 'signed' | 'forged' | 'tampered';

export interface Delivery {
  marketplace: Marketplace;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The receiver's HTTP status; 0 when it could not be reached. */
  status: number;
  at: string;
}

/** Signs an event the way its marketplace does and posts it; every delivery is kept. */
export class WebhookSender {
  readonly deliveries: Delivery[] = [];

  constructor(
    private readonly secrets: Record<Marketplace, string>,
    private readonly targets: () => Partial<Record<Marketplace, string>>,
  ) {}

  async send(marketplace: Marketplace, event: object, signing: Signing = 'signed', copies = 1) {
    const url = this.targets()[marketplace];
    if (!url) throw new Error(`no webhook URL for ${marketplace}`);
    const body = JSON.stringify(event);
    const secret = signing === 'forged' ? 'not-the-secret' : this.secrets[marketplace];
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (marketplace === 'uber-eats') headers['x-uber-signature'] = uberSignature(secret, body);
    if (marketplace === 'wolt') headers['wolt-signature'] = woltSignature(secret, body);
    if (marketplace === 'deliveroo') {
      const guid = randomUUID();
      const legacy = (event as { event?: string }).event === 'new_order';
      headers['x-deliveroo-sequence-guid'] = guid;
      headers['x-deliveroo-hmac-sha256'] = deliverooSignature(secret, guid, body, legacy);
    }
    const sent = signing === 'tampered' ? tamper(body) : body;
    return Promise.all(
      Array.from({ length: copies }, () => this.deliver(marketplace, url, headers, sent)),
    );
  }

  /** The same bytes and headers again, as an attacker (or a retry) would send them. */
  replay(delivery: Delivery) {
    return this.deliver(delivery.marketplace, delivery.url, delivery.headers, delivery.body);
  }

  private async deliver(
    marketplace: Marketplace,
    url: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<Delivery> {
    const delivery: Delivery = {
      marketplace,
      url,
      headers,
      body,
      status: 0,
      at: new Date().toISOString(),
    };
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      delivery.status = res.status;
    } catch {
      delivery.status = 0;
    }
    this.deliveries.push(delivery);
    return delivery;
  }
}

/** One byte of the body changed: a digit of the first number, or the last character. */
function tamper(body: string): string {
  const i = body.search(/[0-9]/);
  if (i >= 0) return body.slice(0, i) + String((Number(body[i]) + 1) % 10) + body.slice(i + 1);
  return `${body.slice(0, -1)} `;
}
