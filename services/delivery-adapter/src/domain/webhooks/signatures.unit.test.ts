import { createHmac } from 'node:crypto';
import { deliverooSigned, hmacMatches, uberSigned, woltSigned } from './signatures';

const hex = (secret: string, data: string) =>
  createHmac('sha256', secret).update(data).digest('hex');
const body = (s: string) => Buffer.from(s, 'utf8');

describe('marketplace webhook signatures', () => {
  const order = '{"event_id":"e-1","event_type":"orders.notification"}';

  it('when Uber Eats and Wolt sign the body with the secret, then it matches, in either hex case', () => {
    expect(uberSigned('s3cret', body(order), hex('s3cret', order))).toBe(true);
    expect(woltSigned('s3cret', body(order), hex('s3cret', order).toUpperCase())).toBe(true);
  });

  it('when the secret, the body or the header is wrong, then it does not match', () => {
    expect(uberSigned('s3cret', body(order), hex('other', order))).toBe(false);
    expect(uberSigned('s3cret', body(`${order} `), hex('s3cret', order))).toBe(false);
    expect(hmacMatches('s3cret', body(order), undefined)).toBe(false);
    expect(hmacMatches('s3cret', body(order), 'abc')).toBe(false);
    expect(hmacMatches('s3cret', body(order), `${hex('s3cret', order)}00`)).toBe(false);
  });

  it('when Deliveroo signs the sequence GUID and the body, then a space joins them, and space-newline-space for legacy events', () => {
    const current = '{"event":"order.new","body":{}}';
    const legacy = '{"event":"new_order","body":{}}';

    expect(deliverooSigned('k', body(current), 'g-1', hex('k', `g-1 ${current}`))).toBe(true);
    expect(deliverooSigned('k', body(legacy), 'g-1', hex('k', `g-1 \n ${legacy}`))).toBe(true);
    expect(deliverooSigned('k', body(legacy), 'g-1', hex('k', `g-1 ${legacy}`))).toBe(false);
    expect(deliverooSigned('k', body(current), 'g-2', hex('k', `g-1 ${current}`))).toBe(false);
    expect(deliverooSigned('k', body(current), undefined, hex('k', ` ${current}`))).toBe(false);
  });
});
