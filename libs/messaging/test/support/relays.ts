import type { DataSource } from '../../../db/src';
import { OutboxRelay, type Publisher, type TopologyNames } from '../../src';
import { log } from './thing-events';

/**
 * A relay whose poll never fires during a test: it publishes only when woken by `committed()`,
 * `wake()` or a NOTIFY, so each test shows which of those did it.
 */
export function newRelay(
  dataSource: DataSource,
  databaseUrl: string,
  publisher: Publisher,
  names: TopologyNames,
  options: { batchSize?: number; pollIntervalMs?: number } = {},
): OutboxRelay {
  return new OutboxRelay({
    dataSource,
    databaseUrl,
    publisher,
    exchange: names.events,
    log,
    pollIntervalMs: 60_000,
    ...options,
  });
}
