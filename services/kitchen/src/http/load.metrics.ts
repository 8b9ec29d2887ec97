import { Gauge, register } from 'prom-client';
import type { PrepTime, StationLoad } from '../domain/ports';

interface Readers {
  load: () => Promise<StationLoad[]>;
  /** Prep times over the last 24 hours. */
  prepTimes: () => Promise<PrepTime[]>;
}

let readers: Readers = { load: () => Promise.resolve([]), prepTimes: () => Promise.resolve([]) };

/**
 * On /metrics, read from the database at each scrape:
 * `kitchen_units_waiting{location_id, station}` and
 * `kitchen_prep_seconds_average{location_id, product_id}` (last 24 hours). prom-client's
 * registry is per process, so a second app in one process (tests) takes the gauges over
 * instead of registering them twice.
 */
export function exposeKitchenLoad(read: Readers): void {
  readers = read;
  if (register.getSingleMetric('kitchen_units_waiting')) return;
  new Gauge({
    name: 'kitchen_units_waiting',
    help: 'Units on open kitchen tickets not ready yet, per location and station',
    labelNames: ['location_id', 'station'],
    async collect() {
      this.reset();
      for (const s of await readers.load()) {
        this.set({ location_id: s.locationId, station: s.station }, s.unitsWaiting);
      }
    },
  });
  new Gauge({
    name: 'kitchen_prep_seconds_average',
    help: 'Average seconds from ticket to ready per product, over the last 24 hours',
    labelNames: ['location_id', 'product_id'],
    async collect() {
      this.reset();
      for (const p of await readers.prepTimes()) {
        this.set({ location_id: p.locationId, product_id: p.productId }, p.averageSeconds);
      }
    },
  });
}
