/**
 * `npm start`: PostgreSQL, RabbitMQ and Redis made reachable (the same provisioning as the
 * tests), every service started and migrated, the demo restaurant seeded, then where to look.
 */
import path from 'node:path';
import { databaseUrl, provisionInfrastructure } from '../libs/testing/src';
import { DEMO, seedDemo } from './seed-demo';
import { echoProblems, root, SERVICE_PORTS, startStack } from './stack';

async function main(): Promise<void> {
  const infra = await provisionInfrastructure();
  console.log(`Infrastructure: ${infra.source} (PostgreSQL, RabbitMQ, Redis answer)`);
  const logDir = path.join(root, '.brigade', 'logs');
  const services = await startStack({ infra, dbPrefix: 'brigade_', logDir, echo: echoProblems });
  await seedDemo(databaseUrl(infra.postgresUrl, 'brigade_orders'));

  const url = (port: number) => `http://localhost:${port}`;
  const example = JSON.stringify({
    locationId: DEMO.locationId,
    type: 'dine_in',
    channel: 'qr',
    tableLabel: '7',
    lines: [
      { productId: DEMO.products[0]!.id, quantity: 2, notes: 'ohne Zitrone' },
      { productId: DEMO.products[4]!.id, quantity: 2 },
    ],
  });
  console.log(`
Brigade is running, with the demo restaurant "Gasthaus Zur Brigade" (location ${DEMO.locationId}).

  service            API                      docs
${Object.entries(SERVICE_PORTS)
  .map(([name, port]) => `  ${name.padEnd(18)} ${url(port).padEnd(24)} ${url(port)}/docs`)
  .join('\n')}

Place an order as the demo QR storefront (its API key), then read its kitchen ticket as staff:
  curl -s -X POST ${url(3001)}/v1/orders -H 'content-type: application/json' -H 'X-Api-Key: ${DEMO.apiKey}' \\
       -H "Idempotency-Key: $(node -p 'crypto.randomUUID()')" -d '${example}'
  TOKEN=$(curl -s -X POST ${url(3001)}/v1/auth/token -H 'content-type: application/json' \\
       -d '{"tenantId":"${DEMO.tenantId}","email":"${DEMO.manager.email}","password":"${DEMO.manager.password}"}' \\
       | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
  curl -s '${url(3003)}/v1/tickets?orderId=<id from the answer>' -H "Authorization: Bearer $TOKEN"

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
