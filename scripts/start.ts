/**
 * `npm start`: PostgreSQL, RabbitMQ and Redis made reachable (the same provisioning as the
 * tests), every service started and migrated, the demo restaurant seeded, then where to look.
 */
import path from 'node:path';
import { databaseUrl, provisionInfrastructure } from '../libs/testing/src';
import { DEMO, qrTokenOf, seedDemo } from './seed-demo';
import { echoProblems, root, SERVICE_PORTS, startStack } from './stack';

async function main(): Promise<void> {
  const infra = await provisionInfrastructure();
  console.log(`Infrastructure: ${infra.source} (PostgreSQL, RabbitMQ, Redis answer)`);
  const logDir = path.join(root, '.brigade', 'logs');
  const services = await startStack({ infra, dbPrefix: 'brigade_', logDir, echo: echoProblems });
  await seedDemo(databaseUrl(infra.postgresUrl, 'brigade_orders'));

  const url = (port: number) => `http://localhost:${port}`;
  const orders = url(3001);
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
Staff: ${DEMO.manager.email} (manager) and ${DEMO.waiter.email} (waiter), password ${DEMO.manager.password}.

Health: /healthz and /readyz on every service; metrics: /metrics. Logs: ${path.relative(process.cwd(), logDir)}/<service>.log
Stop with Ctrl-C.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping services…');
    await Promise.all(Object.values(services).map((s) => s.stop()));
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
