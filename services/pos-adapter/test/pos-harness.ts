import { BillPaidV1, newId } from '../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../libs/testing/src';
import {
  startFiscalPosSimulator,
  type FiscalPosSimulator,
} from '../../../simulators/fiscal-pos/src';
import { startApp } from '../../../test/support/stack';

export interface Place {
  tenantId: string;
  locationId: string;
}

/** pos-adapter in this test file's world, against its own register simulator. */
export async function startPosWorld(env: TestEnv, overrides: Record<string, string> = {}) {
  const pos = await startFiscalPosSimulator({ behaviour: { processMs: 100 } });
  const app = await startApp(env, 'pos-adapter', {
    FISCAL_POS_URL: pos.url,
    POS_TIMEOUT_MS: '1000',
    PUSH_BACKOFF_MS: '50',
    PUSH_BACKOFF_MAX_MS: '500',
    ...overrides,
  });
  await app.app.platform.amqp.waitUntilConnected();
  const bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
  return {
    pos,
    app,
    bus,
    stop: async () => {
      await bus.stop();
      await app.stop();
      await pos.stop();
    },
  };
}
export type PosWorld = Awaited<ReturnType<typeof startPosWorld>>;

/** `bill.paid.v1` as billing publishes it: a Schnitzel (7 %) and two beers (19 %), paid online. */
export function paidBill(place: Place, overrides: { billId?: string; number?: number } = {}) {
  const billId = overrides.billId ?? newId();
  const orderId = newId();
  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  return BillPaidV1.create(
    { ...place, aggregateId: billId, aggregateVersion: 1, correlationId: newId() },
    {
      billId,
      orderId,
      number: overrides.number ?? 1,
      year: 2026,
      total: eur(3090),
      tips: eur(200),
      paymentIds: [newId()],
      paidAt: new Date().toISOString(),
      orderNumber: overrides.number ?? 1,
      orderType: 'dine_in',
      tableLabel: '7',
      lines: [
        {
          lineId: newId(),
          productId: newId(),
          name: 'Wiener Schnitzel',
          quantity: 1,
          amount: eur(2190),
          taxRateBps: 700,
          modifiers: ['Preiselbeeren'],
        },
        {
          lineId: newId(),
          productId: newId(),
          name: 'Helles 0,5 l',
          quantity: 2,
          amount: eur(900),
          taxRateBps: 1900,
          modifiers: [],
        },
      ],
      discount: null,
      serviceCharge: null,
      taxes: [
        { rateBps: 700, amount: eur(143) },
        { rateBps: 1900, amount: eur(144) },
      ],
      payments: [{ paymentId: newId(), method: 'mollie', amount: eur(3090), tip: eur(200) }],
    },
  );
}

/** The push rows of the bills, straight from the database. */
export async function pushesOf(world: PosWorld, place: Place) {
  return world.app.app.platform.db.query<{
    id: string;
    bill_id: string;
    status: string;
    attempts: number;
    failure_kind: string | null;
    failure_reason: string | null;
    receipt: unknown;
  }>('SELECT * FROM fiscal_pushes WHERE location_id = $1 ORDER BY bill_number', [place.locationId]);
}

export async function waitForStatus(
  world: PosWorld,
  place: Place,
  status: string,
  count: number,
  timeoutMs = 20_000,
) {
  await waitUntil(
    async () => (await pushesOf(world, place)).filter((p) => p.status === status).length === count,
    { what: `${count} pushes ${status}`, timeoutMs },
  );
}

/** Calls to the register's order API (not logins), optionally since a moment. */
export const orderCalls = (pos: FiscalPosSimulator, method = 'POST', since = '') =>
  pos.requests().filter((r) => r.path === '/orders' && r.method === method && r.at >= since);
