import { newId } from '../../../../libs/contracts/src';
import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import {
  startFiscalPosSimulator,
  type FiscalPosSimulator,
} from '../../../../simulators/fiscal-pos/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { paidBill, pushesOf, startPosWorld, waitForStatus, type PosWorld } from '../pos-harness';

/**
 * Each location has its own fiscal register. One location's register going down opens its
 * breaker only: the other location's bills keep reaching theirs.
 */
describe('a fiscal register per location', () => {
  const env = new TestEnv();
  const tenantId = newId();
  const harbour = { tenantId, locationId: newId() };
  const oldTown = { tenantId, locationId: newId() };
  let world: PosWorld;
  let harbourPos: FiscalPosSimulator;
  let manager: Record<string, string>;

  const connectionUrl = (locationId: string) =>
    `${world.app.url}/v1/locations/${locationId}/fiscal-pos`;

  beforeAll(async () => {
    world = await startPosWorld(env, {
      POS_BREAKER_VOLUME: '2',
      POS_BREAKER_RESET_MS: '60000',
      PUSH_ATTEMPTS: '50',
    });
    harbourPos = await startFiscalPosSimulator({
      behaviour: { processMs: 100 },
      credentials: { login: 'hafen', password: 'hafen-secret', companyId: 'hafen-gmbh' },
    });
    manager = await asStaff(tenantId, ['manager'], 'all');
  });
  afterAll(async () => {
    await world.stop();
    await harbourPos.stop();
  });

  it('when a manager sets the harbour’s own register, then it is shown without its password and its bills go there', async () => {
    const before = await call('GET', connectionUrl(harbour.locationId), undefined, manager);
    const set = await call(
      'PUT',
      connectionUrl(harbour.locationId),
      { url: harbourPos.url, login: 'hafen', password: 'hafen-secret', companyId: 'hafen-gmbh' },
      manager,
    );
    await world.bus.publish(paidBill(harbour));

    expect(before.body).toMatchObject({ source: 'default', url: world.pos.url, breaker: 'closed' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ source: 'location', url: harbourPos.url, login: 'hafen' });
    expect(JSON.stringify(set.body)).not.toContain('hafen-secret');
    await waitForStatus(world, harbour, 'processed', 1);
    expect(harbourPos.pushed()).toHaveLength(1);
    expect(world.pos.pushed()).toHaveLength(0);
  });

  it('when the harbour’s register is down, then only its breaker opens and the old town’s bills keep going', async () => {
    harbourPos.behave({ mode: 'down' });
    for (let n = 1; n <= 4; n++) await world.bus.publish(paidBill(harbour, { number: 10 + n }));
    const shown = async () =>
      (await call('GET', connectionUrl(harbour.locationId), undefined, manager)).body.breaker;
    await waitUntil(async () => (await shown()) === 'open', { what: 'the harbour breaker open' });

    for (let n = 1; n <= 3; n++) await world.bus.publish(paidBill(oldTown, { number: n }));

    await waitForStatus(world, oldTown, 'processed', 3);
    expect(world.pos.pushed()).toHaveLength(3);
    const harbourPushes = await pushesOf(world, harbour);
    expect(harbourPushes.filter((p) => p.status === 'pending')).toHaveLength(4);
    expect(
      (await call('GET', connectionUrl(oldTown.locationId), undefined, manager)).body.breaker,
    ).toBe('closed');
  });

  it('when the input is bad or the caller may not, then it is refused and nothing changes', async () => {
    const waiter = await asStaff(tenantId, ['waiter'], 'all');
    const stranger = await asStaff(newId(), ['manager'], 'all');
    const body = { url: 'ftp://pos.example', login: 'x', password: 'y', companyId: 'z' };

    const badUrl = await call('PUT', connectionUrl(oldTown.locationId), body, manager);
    const noPassword = await call(
      'PUT',
      connectionUrl(oldTown.locationId),
      { ...body, url: 'https://pos.example', password: undefined },
      manager,
    );
    const byWaiter = await call('GET', connectionUrl(harbour.locationId), undefined, waiter);
    const byStranger = await call('GET', connectionUrl(harbour.locationId), undefined, stranger);
    const overwrite = await call(
      'PUT',
      connectionUrl(harbour.locationId),
      { ...body, url: 'https://evil.example' },
      stranger,
    );

    expect(badUrl.status).toBe(400);
    expect(badUrl.body.fields[0].field).toBe('url');
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.fields[0].field).toBe('password');
    expect(byWaiter.status).toBe(403);
    expect(byStranger.status).toBe(404);
    expect(overwrite.status).toBe(404);
    const still = await call('GET', connectionUrl(harbour.locationId), undefined, manager);
    expect(still.body.url).toBe(harbourPos.url);
  });
});
