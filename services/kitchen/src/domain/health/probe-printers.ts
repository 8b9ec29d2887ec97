import type { KitchenDeps } from '../ports';
import { recordHeartbeat } from './record-heartbeat';

/**
 * Every printer is asked whether it could print. One that can is a heartbeat of its
 * station, and the jobs waiting for it are tried now rather than after their back-off:
 * tickets come out as soon as the printer is back. Returns the printers that answered.
 */
export async function probePrinters(deps: KitchenDeps): Promise<number> {
  const printers = await deps.printing.listAllPrinters();
  let ready = 0;
  await Promise.all(
    printers.map(async (printer) => {
      try {
        await deps.probePrinter(printer);
      } catch {
        return; // silent: its station goes offline if nothing else of it is heard from
      }
      ready += 1;
      const station = await deps.stations.findByCode(printer.locationId, printer.station);
      if (station) {
        await recordHeartbeat(deps, station.id, {
          kind: 'printer',
          device: `printer:${printer.id}`,
          name: printer.name,
        });
      }
      await deps.promotePrintJobs(await deps.printing.pendingJobsFor(printer.id));
    }),
  );
  return ready;
}
