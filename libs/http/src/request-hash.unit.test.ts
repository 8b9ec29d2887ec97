import { requestHash } from './request-hash';

const body = {
  locationId: 'l1',
  channel: 'qr',
  lines: [
    { productId: 'p1', quantity: 2, modifiers: { size: 'large', extra: ['cheese'] } },
    { productId: 'p2', quantity: 1 },
  ],
};

describe('requestHash', () => {
  it('when the same body has its keys in another order at every depth, then the hash is the same', () => {
    const reordered = {
      lines: [
        { modifiers: { extra: ['cheese'], size: 'large' }, quantity: 2, productId: 'p1' },
        { quantity: 1, productId: 'p2' },
      ],
      channel: 'qr',
      locationId: 'l1',
    };

    const hash = requestHash('POST', '/v1/orders', reordered);

    expect(hash).toBe(requestHash('POST', '/v1/orders', body));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['another method', 'PUT', '/v1/orders', body],
    ['another path', 'POST', '/v1/orders/2', body],
    ['another value', 'POST', '/v1/orders', { ...body, channel: 'kiosk' }],
    ['another array order', 'POST', '/v1/orders', { ...body, lines: [...body.lines].reverse() }],
    ['an extra key', 'POST', '/v1/orders', { ...body, customerName: 'Ana' }],
    [
      'a number as a string',
      'POST',
      '/v1/orders',
      { ...body, lines: [{ productId: 'p1', quantity: '2' }] },
    ],
    ['no body', 'POST', '/v1/orders', undefined],
  ])('when the request differs by %s, then the hash differs', (_what, method, path, other) => {
    const hash = requestHash(method, path, other);

    expect(hash).not.toBe(requestHash('POST', '/v1/orders', body));
  });
});
