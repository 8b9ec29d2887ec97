import { Gauge, register } from 'prom-client';
import type { StationLoad } from '../domain/ports';

const NAME = 'kitchen_units_waiting';

/**
 * `kitchen_units_waiting{location_id, station}` on /metrics, read from the database at each
 * scrape. prom-client's registry is per process, so a second app in one process (tests)
 * takes the gauge over instead of registering it twice.
 */
export function exposeStationLoad(read: () => Promise<StationLoad[]>): void {
  reader = read;
  if (register.getSingleMetric(NAME)) return;
  new Gauge({
    name: NAME,
    help: 'Units on open kitchen tickets not ready yet, per location and station',
    labelNames: ['location_id', 'station'],
    async collect() {
      this.reset();
      for (const s of await reader()) {
        this.set({ location_id: s.locationId, station: s.station }, s.unitsWaiting);
      }
    },
  });
}

let reader: () => Promise<StationLoad[]> = () => Promise.resolve([]);
