import type { StorefrontActor } from '@brigade/core';
import { cachedResolver } from './cached-resolver';

const actor: StorefrontActor = {
  kind: 'storefront',
  tenantId: 't',
  apiKeyId: 'k',
  locationIds: ['l'],
  channel: 'qr',
};

describe('cachedResolver', () => {
  it('when a key is resolved twice within the TTL, then the store is asked once', async () => {
    const asked: string[] = [];
    const resolve = cachedResolver(async (key) => (asked.push(key), actor));

    await resolve('bk_1');
    const second = await resolve('bk_1');

    expect(second).toBe(actor);
    expect(asked).toEqual(['bk_1']);
  });

  it('when a key is unknown, then it is not remembered (a new key works at once)', async () => {
    let known = false;
    const resolve = cachedResolver(async () => (known ? actor : undefined));

    const before = await resolve('bk_2');
    known = true;
    const after = await resolve('bk_2');

    expect([before, after]).toEqual([undefined, actor]);
  });

  it('when the TTL is over, then the store is asked again (a revoked key stops working)', async () => {
    let revoked = false;
    const resolve = cachedResolver(async () => (revoked ? undefined : actor), 0);

    await resolve('bk_3');
    revoked = true;

    expect(await resolve('bk_3')).toBeUndefined();
  });

  it('when the cache is full, then the oldest entry makes room', async () => {
    const asked: string[] = [];
    const resolve = cachedResolver(async (key) => (asked.push(key), actor), 60_000, 2);

    for (const key of ['a', 'b', 'c', 'a']) await resolve(key);

    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
