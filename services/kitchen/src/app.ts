import { randomBytes } from 'node:crypto';
import {
  KitchenItemStatusChangedV1,
  KitchenPrintFailedV1,
  KitchenStationOfflineV1,
  KitchenStationOnlineV1,
  KitchenTicketCreatedV1,
  watchStationRoute,
} from '@brigade/contracts';
import { newId, systemClock, type Logger } from '@brigade/core';
import { acceptQueryToken, authenticate, hashApiKey } from '@brigade/http';
import { createPlatform, outboxPort, pruneLiveFeedJob, startService } from '@brigade/service';
import type { KitchenConfig } from './config';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { ticketRepository } from './db/repositories/ticket.repository';
import { stationRepository } from './db/repositories/station.repository';
import { liveFeedWriter } from '@brigade/db';
import { kdsRoutes, mountKdsRoutes } from './http/kds.routes';
import { mountKdsPage } from './http/kds-page';
import { acceptScreenKeys } from './http/screen-auth';
import { mountStationRoutes, stationRoutes } from './http/stations.routes';
import type { KitchenDeps } from './domain/ports';
import { mountTicketRoutes, ticketRoutes } from './http/tickets.routes';
import { printingRepository } from './db/repositories/printing.repository';
import { mountPrinterRoutes, printerRoutes } from './http/printers.routes';
import { printJob } from './jobs/print.job';
import { sweepPrintJobsJob } from './jobs/sweep-print-jobs.job';
import { exposeKitchenLoad } from './http/load.metrics';
import { networkPrinter } from './printing/network-printer';
import { probePrinter } from './printing/tcp-printer';
import { probePrintersJob } from './jobs/probe-printers.job';
import { watchStationsJob } from './jobs/watch-stations.job';

/** Composition root of kitchen. */
export function createKitchenApp(config: KitchenConfig, log?: Logger) {
  const platform = createPlatform({
    service: 'kitchen',
    config,
    entities,
    migrations,
    log,
  });
  const { db, relay } = platform;
  const deps: KitchenDeps = {
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox: outboxPort(db, relay),
    tickets: ticketRepository(db),
    stations: stationRepository(db),
    screens: liveFeedWriter(db),
    screenKeys: {
      generate: () => `kds_${randomBytes(24).toString('base64url')}`,
      hash: hashApiKey,
    },
    printing: printingRepository(db),
    print: networkPrinter(config.PRINT_TIMEOUT_MS),
    queuePrintJobs: (ids) => {
      // A lost enqueue leaves the job pending in print_jobs: the sweep queues it again.
      for (const id of ids) {
        platform.jobs
          .enqueue(print, { printJobId: id }, { jobId: id })
          .catch((err: unknown) => platform.log.error({ err, printJobId: id }, 'print not queued'));
      }
    },
    requeuePrintJobs: async (ids) => {
      for (const id of ids) await platform.jobs.ensureQueued(print, { printJobId: id }, id);
    },
    probePrinter: (printer) => probePrinter(printer, config.PRINT_TIMEOUT_MS),
    promotePrintJobs: async (ids) => {
      if (ids.length > 0) await platform.jobs.promote(print, ids);
    },
    afterCommit: (fn) => db.afterCommit(fn),
  };
  const print = printJob(deps, {
    attempts: config.PRINT_ATTEMPTS,
    backoffMs: config.PRINT_BACKOFF_MS,
    backoffMaxMs: config.PRINT_BACKOFF_MAX_MS,
    backupAfterAttempts: config.PRINT_BACKUP_AFTER_ATTEMPTS,
  });
  const sweep = sweepPrintJobsJob(deps);
  const pruneFeed = pruneLiveFeedJob('kitchen', db);
  const watchStations = watchStationsJob(deps);
  const probePrinters = probePrintersJob(deps);
  exposeKitchenLoad({
    load: () => deps.tickets.load(),
    prepTimes: () => deps.tickets.prepTimes(undefined, new Date(Date.now() - 86_400_000)),
  });
  return {
    platform,
    deps,
    start: () =>
      startService(platform, {
        title: 'Brigade kitchen',
        routes: [...ticketRoutes, ...printerRoutes, ...stationRoutes, ...kdsRoutes],
        mount: (router) => {
          mountKdsPage(router);
          router.use(acceptQueryToken(watchStationRoute.path));
          router.use(acceptScreenKeys(deps));
          router.use(authenticate({ tokens: platform.tokens }));
          mountTicketRoutes(router, deps);
          mountPrinterRoutes(router, deps);
          mountStationRoutes(router, deps);
          mountKdsRoutes(router, deps, { db, log: platform.log });
        },
        jobs: [print, sweep, pruneFeed, watchStations, probePrinters],
        schedules: [
          {
            job: watchStations,
            everyMs: config.STATION_WATCH_EVERY_MS,
            payload: { offlineAfterMs: config.STATION_OFFLINE_AFTER_MS },
          },
          { job: probePrinters, everyMs: config.PRINTER_PROBE_EVERY_MS, payload: {} },
          {
            job: pruneFeed,
            everyMs: 3_600_000,
            payload: { olderThanHours: config.LIVE_FEED_RETENTION_HOURS },
          },
          {
            job: sweep,
            everyMs: config.PRINT_SWEEP_EVERY_MS,
            payload: { quietForMs: config.PRINT_SWEEP_AFTER_MS },
          },
        ],
        subscriptions: subscriptions(deps),
        publishes: [
          KitchenTicketCreatedV1,
          KitchenItemStatusChangedV1,
          KitchenStationOfflineV1,
          KitchenStationOnlineV1,
          KitchenPrintFailedV1,
        ],
      }),
  };
}
