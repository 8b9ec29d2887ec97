import path from 'node:path';
import { startServiceProcess, TestEnv, type ServiceProcess } from '../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStaff,
  asStorefront,
} from '../support/builders';
import { call } from '../support/http-client';
import { SERVICES } from '../service-migrations';
import { sqlClient, ticketsPerOrder } from '../support/stack-helpers';

const root = path.resolve(__dirname, '../..');

describe('every service as its own process, from the build output', () => {
  const env = new TestEnv();
  const running: Record<string, ServiceProcess> = {};

  beforeAll(async () => {
    await Promise.all(
      SERVICES.map(async (service) => {
        const script = path.join(root, 'services', service, 'dist', 'main.js');
        running[service] = await startServiceProcess(
          service,
          script,
          await env.serviceEnv(service, { LOG_LEVEL: 'warn' }),
        );
      }),
    );
  });
  afterAll(async () => {
    await Promise.all(Object.values(running).map((p) => p.stop()));
  });

  it('when an order is placed, then its ticket is seen in kitchen', async () => {
    const db = await sqlClient(await env.database('orders'));
    const menu = await aMenu(db);
    await db.end();

    const placed = await call(
      'POST',
      `${running.orders!.url}/v1/orders`,
      aPlaceOrderRequest(menu),
      { 'Idempotency-Key': anIdempotencyKey(), ...asStorefront(menu) },
    );
    const counts = await ticketsPerOrder(
      running.kitchen!.url,
      [placed.body.id],
      await asStaff(menu.tenantId),
    );

    expect(placed.status).toBe(201);
    expect(counts.get(placed.body.id)).toBe(1);
  });

  it('when each process gets SIGTERM, then each stops cleanly with exit code 0', async () => {
    const codes = await Promise.all(Object.values(running).map((p) => p.stop()));

    expect(codes).toEqual(SERVICES.map(() => 0));
  });
});
