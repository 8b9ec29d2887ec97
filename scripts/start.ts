/**
 * `npm start`: PostgreSQL, RabbitMQ and Redis made reachable (the same provisioning as the
 * tests), every service started and migrated, the demo restaurant seeded, then where to look.
 */
import path from 'node:path';
import { databaseUrl, provisionInfrastructure } from '../libs/testing/src';
import { DEMO, qrTokenOf, seedDemo } from './seed-demo';
import { DEMO_REGISTER_ID, seedBillingDemo } from './seed-demo-billing';
import { DEMO_STATIONS, seedKitchenDemo } from './seed-demo-kitchen';
import { DEMO_STORES, seedMarketplacesDemo } from './seed-demo-marketplaces';
import { echoProblems, root, SERVICE_PORTS, startSimulators, startStack } from './stack';

async function main(): Promise<void> {
  const infra = await provisionInfrastructure();
  console.log(`Infrastructure: ${infra.source} (PostgreSQL, RabbitMQ, Redis answer)`);
  const logDir = path.join(root, '.brigade', 'logs');
  const simulators = await startSimulators(logDir);
  const services = await startStack({
    infra,
    dbPrefix: 'brigade_',
    logDir,
    echo: echoProblems,
    extraEnv: simulators.env,
  });
  await seedDemo(databaseUrl(infra.postgresUrl, 'brigade_orders'));
  await seedBillingDemo(databaseUrl(infra.postgresUrl, 'brigade_billing'));
  await seedKitchenDemo(databaseUrl(infra.postgresUrl, 'brigade_kitchen'));
  await seedMarketplacesDemo(databaseUrl(infra.postgresUrl, 'brigade_delivery_adapter'));

  const url = (port: number) => `http://localhost:${port}`;
  const orders = url(3001);
  const billing = url(3002);
  const bearer = `-H "Authorization: Bearer $TOKEN"`;
  const json = `-H 'content-type: application/json'`;
  const qr = `-H 'X-Api-Key: ${DEMO.apiKey}'`;
  const key = `-H "Idempotency-Key: $(node -p 'crypto.randomUUID()')"`;
  const field = (name: string) => `node -pe 'JSON.parse(require("fs").readFileSync(0)).${name}'`;
  const order = JSON.stringify({
    locationId: DEMO.locationId,
    type: 'dine_in',
    channel: 'qr',
    tableSessionToken: '$SESSION',
    lines: [
      { productId: DEMO.products[0]!.id, quantity: 2, notes: 'ohne Zitrone' },
      { productId: DEMO.products[4]!.id, quantity: 2 },
    ],
  }).replace('"$SESSION"', `"'"$SESSION"'"`);
  console.log(`
Brigade is running, with the demo restaurant "Gasthaus Zur Brigade" (location ${DEMO.locationId}).

  service            API                      docs
${Object.entries(SERVICE_PORTS)
  .map(([name, port]) => `  ${name.padEnd(18)} ${url(port).padEnd(24)} ${url(port)}/docs`)
  .join('\n')}

A guest at table 7 reads the menu, scans the table's QR code and orders (the QR storefront's key):
  curl -s '${orders}/v1/menu?locationId=${DEMO.locationId}' ${qr}
  SESSION=$(curl -s -X POST ${orders}/v1/table-sessions/join ${json} ${qr} \\
       -d '{"tableToken":"${qrTokenOf('7')}"}' | ${field('token')})
  curl -s -X POST ${orders}/v1/orders ${json} ${qr} ${key} -d '${order}'
The manager signs in, follows the restaurant live (another terminal) and reads the tab and its log:
  TOKEN=$(curl -s -X POST ${orders}/v1/auth/token ${json} \\
       -d '{"tenantId":"${DEMO.tenantId}","email":"${DEMO.manager.email}","password":"${DEMO.manager.password}"}' | ${field('token')})
  curl -sN '${orders}/v1/locations/${DEMO.locationId}/live' -H "Authorization: Bearer $TOKEN"
  curl -s '${orders}/v1/orders?locationId=${DEMO.locationId}' -H "Authorization: Bearer $TOKEN"
  curl -s '${orders}/v1/orders/<id>/events' -H "Authorization: Bearer $TOKEN"
  curl -s '${url(3003)}/v1/tickets?orderId=<id>' -H "Authorization: Bearer $TOKEN"
The waiter splits the tab and the guest pays on the phone (the Mollie simulator's checkout page:
open checkoutUrl, accept its self-signed certificate, click Paid; the order turns paid, table 7 is freed):
  BILL=$(curl -s -X POST ${billing}/v1/orders/<id>/bills ${json} ${bearer} -d '{"kind":"whole"}' | ${field('items[0].id')})
  curl -s -X POST ${billing}/v1/bills/$BILL/payments ${json} ${bearer} ${key} \\
       -d '{"method":"mollie","tipMinor":200,"redirectUrl":"https://gasthaus.example/danke"}'
Or in cash at the bar (open the register's session once); then the day's running Z report:
  curl -s -X POST ${billing}/v1/registers/${DEMO_REGISTER_ID}/sessions ${json} ${bearer} \\
       -d '{"openingFloatMinor":10000,"denominations":[{"valueMinor":2000,"count":5}]}'
  curl -s -X POST ${billing}/v1/bills/$BILL/payments ${json} ${bearer} ${key} -d '{"method":"cash","tenderedMinor":5000}'
  curl -s '${billing}/v1/locations/${DEMO.locationId}/fiscal-days' ${bearer}
  curl -s '${billing}/v1/fiscal-days/<id>/z-report?format=text' ${bearer}
Mollie simulator: https://127.0.0.1:4001 (controls under /_sim/, e.g. POST /_sim/webhooks/mode {"mode":"drop"}).
Every paid bill goes to the fiscal POS simulator (http://127.0.0.1:4002) and comes back signed
(the bill's fiscalReceipt). Make it refuse pushes, then see and act on the dead letters:
  curl -s -X POST http://127.0.0.1:4002/_sim/behaviour ${json} -d '{"mode":"reject"}'   (back: "normal")
  curl -s '${url(3004)}/v1/fiscal-pushes?status=dead_letter' ${bearer}   (the operator acts, signed in
  as ${DEMO.operator.email}: POST …/fiscal-pushes/<id>/resend, …/mark-handled or …/refund, {"reason":"…"})
Marketplace orders (simulator on 4003): a guest orders on Uber Eats, the order lands in the
kitchen and Uber hears "accepted"; Deliveroo orders wait for staff (or the fallback):
  curl -s -X POST http://127.0.0.1:4003/_sim/uber-eats/orders ${json} \\
       -d '{"storeId":"${DEMO_STORES['uber-eats']}","items":[{"sku":"SCHNITZEL","name":"Schnitzel","quantity":1,"unitPriceMinor":1890}]}'
  curl -s '${url(3005)}/v1/marketplace-orders?locationId=${DEMO.locationId}' ${bearer}
  curl -s http://127.0.0.1:4003/_sim/calls   (what the marketplaces heard)
Kitchen screens (drinks go to the Bar, everything else to the Küche, the Pass sees all; tap an
item to start it, again when ready; "Fertig" bumps the ticket):
${DEMO_STATIONS.map((s) => `  ${s.name.padEnd(6)} ${url(3003)}/kds/${s.id}#key=${s.screenKey}`).join('\n')}
Kitchen printers (ESC/POS on 9101–9103; Küche, Pass, and a spare that takes over Küche): each
ticket printed, as text, on http://127.0.0.1:4010/printers/9101/receipts; switch one off with
  curl -s -X POST http://127.0.0.1:4010/printers/9101/mode -d '{"mode":"off"}'   (back: "online")
Operator console: ${url(3006)} — sign in with tenant ${DEMO.tenantId}, ${DEMO.operator.email} and
the password below. Every failure shows up there within seconds (a printer switched off, a
refused POS push, a dead-lettered message), with re-send, discard, refund, the order's trace
and the alerts (set ALERT_WEBHOOK_URL to have them POSTed to a chat or pager).
Staff: ${DEMO.manager.email} (manager), ${DEMO.waiter.email} (waiter) and ${DEMO.operator.email} (operator),
password ${DEMO.manager.password}.

Health: /healthz and /readyz on every service; metrics: /metrics. Logs: ${path.relative(process.cwd(), logDir)}/<service>.log
Stop with Ctrl-C.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping services…');
    await Promise.all(Object.values(services).map((s) => s.stop()));
    await simulators.stop();
    await infra.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  for (const s of Object.values(services)) {
    s.child.on('exit', (code) => {
      if (!stopping)
        console.error(`[${s.name}] exited with ${code}; see its log. Other services keep running.`);
    });
  }
}

main().catch((err: unknown) => {
  console.error(`npm start failed: ${(err as Error).message}`);
  process.exit(1);
});
