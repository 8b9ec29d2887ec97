import { newId } from '../../../../libs/contracts/src';
import { cachedResolver } from '../../../../libs/http/src';
import { TestEnv } from '../../../../libs/testing/src';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { apiKeyResolver } from '../../src/db/repositories/credential.repository';
import { onboardedBusiness, PROVISIONING_KEY, type Business } from './management-fixtures';

describe('DELETE /v1/api-keys/:apiKeyId', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: Business;
  const newKey = async () =>
    (
      await call(
        'POST',
        `${orders.url}/v1/api-keys`,
        { name: 'Web shop', locationIds: [ours.locationId], channel: 'web' },
        ours.asAdmin,
      )
    ).body as { id: string; key: string };
  const revoke = (id: string) =>
    call('DELETE', `${orders.url}/v1/api-keys/${id}`, undefined, ours.asAdmin);
  const useKey = (url: string, key: string) =>
    call('GET', `${url}/v1/locations`, undefined, { 'x-api-key': key });

  beforeAll(async () => {
    orders = await startApp(env, 'orders', { PROVISIONING_KEY });
    ours = await onboardedBusiness(orders.url);
  });
  afterAll(() => orders.stop());

  it('when a key is revoked twice, then it stays revoked from the first time', async () => {
    const { id } = await newKey();

    const first = await revoke(id);
    const second = await revoke(id);

    expect(first.status).toBe(200);
    expect(first.body.revokedAt).toEqual(expect.any(String));
    expect(second.body.revokedAt).toBe(first.body.revokedAt);
    expect(JSON.stringify(first.body)).not.toMatch(/"key"/);
  });

  it('when a key not yet seen by this instance is revoked, then it answers 401 at once', async () => {
    const { id, key } = await newKey();

    await revoke(id);

    expect((await useKey(orders.url, key)).status).toBe(401);
  });

  it('when a key in use is revoked, then an instance with a fresh cache refuses it (the running one within 30 s)', async () => {
    const { id, key } = await newKey();
    expect((await useKey(orders.url, key)).status).toBe(200);

    await revoke(id);

    const resolve = apiKeyResolver(orders.app.platform.db);
    expect(await resolve(key)).toBeUndefined();
    expect(await cachedResolver(resolve)(key)).toBeUndefined();
    const second = await startApp(env, 'orders', { PROVISIONING_KEY });
    try {
      expect((await useKey(second.url, key)).status).toBe(401);
    } finally {
      await second.stop();
    }
  });

  it('when the key id is unknown, then answers 404', async () => {
    expect((await revoke(newId())).status).toBe(404);
  });
});
