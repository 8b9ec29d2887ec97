import { env } from '@brigade/core';
import { baseConfig } from '@brigade/service';
import type { z } from 'zod';

/** The platform's variables, and how hard kitchen tries a printer. */
export const kitchenConfig = baseConfig('kitchen', 3003).extend({
  /**
   * Attempts of one print job (back-off doubling from PRINT_BACKOFF_MS up to the max). Six
   * take about a minute: a slip not on paper by then is in the operator console to re-send.
   */
  PRINT_ATTEMPTS: env.int(6, 1),
  PRINT_BACKOFF_MS: env.int(1_000, 10),
  /** The longest pause between two attempts: a printer back is tried again within it. */
  PRINT_BACKOFF_MAX_MS: env.int(30_000, 10),
  /** Failed attempts on a printer before its backup prints the job. */
  PRINT_BACKUP_AFTER_ATTEMPTS: env.int(3, 0),
  /**
   * Every PRINT_SWEEP_EVERY_MS, jobs pending or sent and untouched for PRINT_SWEEP_AFTER_MS
   * are queued again (a lost enqueue, a worker that died): the queue drops the duplicates.
   */
  PRINT_SWEEP_EVERY_MS: env.int(30_000, 100),
  PRINT_SWEEP_AFTER_MS: env.int(120_000, 0),
  /** A station none of whose screens and printers was heard from this long is offline. */
  STATION_OFFLINE_AFTER_MS: env.int(60_000, 100),
  STATION_WATCH_EVERY_MS: env.int(5_000, 50),
  /** How often every printer's status is asked (its heartbeat; a printer back prints at once). */
  PRINTER_PROBE_EVERY_MS: env.int(15_000, 50),
  /** Hours the screens' live feed keeps its entries; a screen offline longer reloads. */
  LIVE_FEED_RETENTION_HOURS: env.int(24, 1),
  /** How long a printer may take to connect or answer its status. */
  PRINT_TIMEOUT_MS: env.int(5_000, 50),
});
export type KitchenConfig = z.infer<typeof kitchenConfig>;
