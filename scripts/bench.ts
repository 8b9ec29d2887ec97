/**
 * `npm run bench`: posts orders (5 items each) through the real API of freshly started
 * services and measures (A) sustained throughput with C concurrent clients and (B) the
 * latency from the POST to the ticket stored in kitchen at a fixed rate.
 *   npm run bench -- --orders 3000 --concurrency 32 --rate 100 --seconds 20
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from 'amqplib';
import {
  databaseUrl,
  deleteRedisKeys,
  dropDatabases,
  freePort,
  provisionInfrastructure,
} from '../libs/testing/src';
import { aMenu } from '../test/support/builders';
import { sqlClient } from '../test/support/stack-helpers';
import { postOrder, summarize, type Posted } from './bench-load';
import { root, SERVICE_PORTS, startStack, type ServiceName } from './stack';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '32' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '20' },
  },
});
const ticketAt = new Map<string, number>();
const ticketAtOf = (id: string) => ticketAt.get(id)!;
const N = Number(values.orders);
const C = Number(values.concurrency);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);

interface Run extends Posted {
  at: number;
}

/** The order → ticket latency, and its two halves: the HTTP answer, and stored order → stored ticket. */
function breakdown(runs: Run[]) {
  return {
    orderToTicketMs: summarize(runs.map((r) => ticketAtOf(r.id) - r.at)),
    postAnsweredMs: summarize(runs.map((r) => r.answeredAt - r.at)),
    storedToTicketMs: summarize(runs.map((r) => ticketAtOf(r.id) - r.storedAt)),
  };
}

async function main() {
  const infra = await provisionInfrastructure();
  const runId = `bench${Date.now().toString(36)}`;
  const dbPrefix = `brigade_${runId}_`;
  const ports = Object.fromEntries(
    await Promise.all(Object.keys(SERVICE_PORTS).map(async (s) => [s, await freePort()])),
  ) as Record<ServiceName, number>;
  console.log(`Starting the services (run ${runId})…`);
  const services = await startStack({
    infra,
    dbPrefix,
    ports,
    amqpPrefix: `${runId}.`,
    redisPrefix: `brigade-bench:${runId}`,
    logLevel: 'warn',
    logDir: path.join(root, '.brigade', 'bench-logs', runId),
    extraEnv: { AMQP_QUEUE_EXPIRES_MS: String(10 * 60_000) },
    // Profile the services: BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench
    nodeArgs: process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean),
  });
  // Whatever happens, the services stop and the run's databases and keys go.
  const cleanUp = async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    await dropDatabases(infra.postgresUrl, dbPrefix);
    await deleteRedisKeys(infra.redisUrl, `brigade-bench:${runId}:*`);
    await infra.stop();
  };
  /** Warm-up, phase A (sustained) and phase B (fixed rate) against the running services. */
  async function measure(orders: string) {
    const db = await sqlClient(databaseUrl(infra.postgresUrl, `${dbPrefix}orders`));
    const menu = await aMenu(db);
    await db.end();
    const body = JSON.stringify({
      locationId: menu.locationId,
      type: 'dine_in',
      channel: 'qr',
      tableLabel: '4',
      lines: menu.products.map((p, i) => ({
        productId: p.id,
        quantity: 1 + (i % 2),
      })),
    });

    // Tickets as kitchen stores them: its ticket-created events carry the storage time.
    ticketAt.clear();
    let onTicket: () => void = () => undefined;
    const conn = await connect(infra.amqpUrl);
    const ch = await conn.createChannel();
    const { queue } = await ch.assertQueue('', { exclusive: true });
    await ch.bindQueue(queue, `${runId}.brigade.events`, 'kitchen.ticket-created.v1');
    await ch.consume(
      queue,
      (m) => {
        const e = JSON.parse(m!.content.toString()) as {
          payload: { orderId: string; createdAt: string };
        };
        ticketAt.set(e.payload.orderId, Date.parse(e.payload.createdAt));
        onTicket();
      },
      { noAck: true },
    );
    const allTickets = (ids: string[]) =>
      new Promise<void>((resolve) => {
        onTicket = () => (ids.every((id) => ticketAt.has(id)) ? resolve() : undefined);
        onTicket();
      });

    console.log('Warming up (200 orders)…');
    const warm = await Promise.all(
      Array.from({ length: 200 }, () => postOrder(orders, body, menu.apiKey)),
    );
    await allTickets(warm.map((p) => p.id));

    console.log(`A: ${N} orders, ${C} concurrent clients…`);
    const runA: Run[] = [];
    const t0 = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: C }, async () => {
        while (next++ < N) {
          const at = Date.now();
          runA.push({ at, ...(await postOrder(orders, body, menu.apiKey)) });
        }
      }),
    );
    const accepted = Date.now();
    await allTickets(runA.map((r) => r.id));
    const lastTicket = Math.max(...runA.map((r) => ticketAt.get(r.id)!));
    const throughput = {
      orders: N,
      concurrency: C,
      acceptedPerSecond: Math.round((N / (accepted - t0)) * 1000),
      endToEndPerSecond: Math.round((N / (lastTicket - t0)) * 1000),
      ...breakdown(runA),
    };

    console.log(`B: ${RATE} orders/s for ${SECONDS} s…`);
    const runB: Run[] = [];
    const pending: Promise<void>[] = [];
    const tB = Date.now();
    for (let i = 0; i < RATE * SECONDS; i++) {
      const due = tB + (i * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const at = Date.now();
      pending.push(postOrder(orders, body, menu.apiKey).then((p) => void runB.push({ at, ...p })));
    }
    await Promise.all(pending);
    await allTickets(runB.map((r) => r.id));
    const fixedRate = {
      targetPerSecond: RATE,
      seconds: SECONDS,
      achievedPerSecond: Math.round((runB.length / (Date.now() - tB)) * 1000),
      ...breakdown(runB),
    };

    await conn.close();
    return { throughput, fixedRate };
  }

  let figures;
  try {
    figures = await measure(services.orders.url);
  } finally {
    await cleanUp();
  }
  const { throughput, fixedRate } = figures;

  const result = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    throughput,
    fixedRate,
  };
  const file = path.join(root, 'bench-results', `bench-${result.at.replace(/[:.]/g, '-')}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(result, null, 2));
  const l = (s: { p50: number; p95: number; p99: number; max: number }) =>
    `p50 ${s.p50} ms  p95 ${s.p95} ms  p99 ${s.p99} ms  max ${s.max} ms`;
  console.log(`
A  sustained, ${N} orders × 5 items, ${C} clients
   accepted        ${throughput.acceptedPerSecond} orders/s
   end to end      ${throughput.endToEndPerSecond} orders/s (first POST → last ticket stored)
   order → ticket  ${l(throughput.orderToTicketMs)}
     POST answered ${l(throughput.postAnsweredMs)}
     stored→ticket ${l(throughput.storedToTicketMs)}
B  fixed rate ${RATE} orders/s for ${SECONDS} s (achieved ${fixedRate.achievedPerSecond}/s)
   order → ticket  ${l(fixedRate.orderToTicketMs)}
     POST answered ${l(fixedRate.postAnsweredMs)}
     stored→ticket ${l(fixedRate.storedToTicketMs)}
Written to ${path.relative(process.cwd(), file)}`);
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${(err as Error).stack}`);
  process.exit(1);
});
