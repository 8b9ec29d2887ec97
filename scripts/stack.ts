import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createDatabaseIfMissing } from '../libs/db/src';
import {
  databaseUrl,
  startServiceProcess,
  type Infrastructure,
  type ServiceProcess,
} from '../libs/testing/src';

export const root = path.resolve(__dirname, '..');

/** The services `npm start` and the benchmark run, with their default ports (ARCHITECTURE.md). */
export const SERVICE_PORTS = {
  orders: 3001,
  billing: 3002,
  kitchen: 3003,
  'pos-adapter': 3004,
  'delivery-adapter': 3005,
  console: 3006,
} as const;
export type ServiceName = keyof typeof SERVICE_PORTS;

export interface StackOptions {
  infra: Infrastructure;
  /** Database names are `<dbPrefix><service>`. */
  dbPrefix: string;
  amqpPrefix?: string;
  redisPrefix?: string;
  logDir: string;
  logLevel?: string;
  ports?: Partial<Record<ServiceName, number>>;
  extraEnv?: Record<string, string>;
  nodeArgs?: string[];
  /** Output lines worth showing on the console (warnings and errors by default). */
  echo?: (service: string, line: string) => void;
}

/** Creates the databases and starts every service as a process; resolves when all are ready. */
export async function startStack(
  options: StackOptions,
): Promise<Record<ServiceName, ServiceProcess>> {
  mkdirSync(options.logDir, { recursive: true });
  const started = await Promise.all(
    (Object.keys(SERVICE_PORTS) as ServiceName[]).map(async (service) => {
      const dbUrl = databaseUrl(
        options.infra.postgresUrl,
        `${options.dbPrefix}${service.replace(/-/g, '_')}`,
      );
      await createDatabaseIfMissing(dbUrl);
      const log = createWriteStream(path.join(options.logDir, `${service}.log`), { flags: 'a' });
      const port = options.ports?.[service] ?? SERVICE_PORTS[service];
      const proc = await startServiceProcess(
        service,
        path.join(root, 'services', service, 'dist', 'main.js'),
        {
          PORT: String(port),
          LOG_LEVEL: options.logLevel ?? 'info',
          DATABASE_URL: dbUrl,
          MIGRATE_ON_START: 'true',
          AMQP_URL: options.infra.amqpUrl,
          AMQP_PREFIX: options.amqpPrefix ?? '',
          REDIS_URL: options.infra.redisUrl,
          REDIS_PREFIX: options.redisPrefix ?? 'brigade',
          ...options.extraEnv,
        },
        {
          timeoutMs: 60_000,
          nodeArgs: options.nodeArgs,
          onLine: (line) => {
            log.write(`${line}\n`);
            options.echo?.(service, line);
          },
        },
      );
      return [service, proc] as const;
    }),
  );
  return Object.fromEntries(started) as Record<ServiceName, ServiceProcess>;
}

/** Shows a pino JSON line compactly when it is a warning or worse. */
export function echoProblems(service: string, line: string): void {
  try {
    const entry = JSON.parse(line) as { level: number; msg: string; err?: { message?: string } };
    if (entry.level >= 40)
      console.log(
        `[${service}] ${entry.level >= 50 ? 'ERROR' : 'warn'} ${entry.msg}${entry.err?.message ? `: ${entry.err.message}` : ''}`,
      );
  } catch {
    console.log(`[${service}] ${line}`);
  }
}

/**
 * The simulators of the outside world `npm start` runs: Mollie on HTTPS (4001), and three
 * ESC/POS kitchen printers (9101–9103, their prints and modes on 4010).
 */
export async function startSimulators(logDir: string) {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, 'simulators.log'), { flags: 'a' });
  const mollie = await startServiceProcess(
    'mollie-simulator',
    path.join(root, 'simulators', 'mollie', 'dist', 'main.js'),
    { PORT: String(SIMULATOR_PORTS.mollie) },
    { readyLine: /mollie simulator listening/, onLine: (line) => log.write(`${line}\n`) },
  );
  const printers = await startServiceProcess(
    'printer-simulator',
    path.join(root, 'simulators', 'printer', 'dist', 'main.js'),
    {
      PORT: String(SIMULATOR_PORTS.printerControl),
      PRINTER_PORTS: SIMULATOR_PORTS.printers.join(','),
    },
    { readyLine: /printer simulator listening/, onLine: (line) => log.write(`${line}\n`) },
  );
  const fiscalPos = await startServiceProcess(
    'fiscal-pos-simulator',
    path.join(root, 'simulators', 'fiscal-pos', 'dist', 'main.js'),
    { PORT: String(SIMULATOR_PORTS.fiscalPos) },
    { readyLine: /fiscal POS simulator listening/, onLine: (line) => log.write(`${line}\n`) },
  );
  const marketplaces = await startServiceProcess(
    'marketplace-simulator',
    path.join(root, 'simulators', 'marketplaces', 'dist', 'main.js'),
    {
      PORT: String(SIMULATOR_PORTS.marketplaces),
      WEBHOOK_BASE_URL: `http://127.0.0.1:${SERVICE_PORTS['delivery-adapter']}`,
    },
    { readyLine: /marketplace simulator listening/, onLine: (line) => log.write(`${line}\n`) },
  );
  return {
    mollie,
    printers,
    fiscalPos,
    marketplaces,
    /** What billing needs to speak to it (a test key; certificate checks off for its process). */
    env: {
      MOLLIE_API_ENDPOINT: `https://127.0.0.1:${SIMULATOR_PORTS.mollie}/v2/`,
      MOLLIE_TRUST_ANY_CERTIFICATE: 'true',
      FISCAL_POS_URL: `http://127.0.0.1:${SIMULATOR_PORTS.fiscalPos}`,
      UBER_EATS_API_URL: `http://127.0.0.1:${SIMULATOR_PORTS.marketplaces}/uber-eats`,
      WOLT_API_URL: `http://127.0.0.1:${SIMULATOR_PORTS.marketplaces}/wolt`,
      DELIVEROO_API_URL: `http://127.0.0.1:${SIMULATOR_PORTS.marketplaces}/deliveroo`,
      ORDERS_URL: `http://127.0.0.1:${SERVICE_PORTS.orders}`,
    },
    stop: () =>
      Promise.all([mollie.stop(), printers.stop(), fiscalPos.stop(), marketplaces.stop()]),
  };
}

export const SIMULATOR_PORTS = {
  mollie: 4001,
  fiscalPos: 4002,
  marketplaces: 4003,
  printerControl: 4010,
  printers: [9101, 9102, 9103],
};
