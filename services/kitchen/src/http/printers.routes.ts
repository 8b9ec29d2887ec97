import {
  createPrinterRoute,
  listPrintersRoute,
  listPrintJobsRoute,
  reprintTicketRoute,
  retryPrintJobRoute,
  type PrintJobResponse,
} from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import type { KitchenDeps } from '../domain/ports';
import {
  createPrinter,
  listPrinters,
  printJobsOf,
  reprintTicket,
  retryPrintJob,
} from '../domain/printing/manage-printers';
import type { Printer, PrintJob } from '../domain/printing/print-job';

export const printerRoutes = [
  createPrinterRoute,
  listPrintersRoute,
  listPrintJobsRoute,
  reprintTicketRoute,
  retryPrintJobRoute,
];

export function mountPrinterRoutes(router: Router, deps: KitchenDeps): void {
  mountRoute(router, createPrinterRoute, async ({ params, body }, req) =>
    toPrinterResponse(await createPrinter(deps, actorOf(req), params.locationId, body)),
  );
  mountRoute(router, listPrintersRoute, async ({ params }, req) => ({
    items: (await listPrinters(deps, actorOf(req), params.locationId)).map(toPrinterResponse),
  }));
  mountRoute(router, listPrintJobsRoute, async ({ params }, req) => ({
    items: (await printJobsOf(deps, actorOf(req), params.ticketId)).map(toJobResponse),
  }));
  mountRoute(router, retryPrintJobRoute, async ({ params }, req) =>
    toJobResponse(await retryPrintJob(deps, actorOf(req), params.printJobId)),
  );
  mountRoute(router, reprintTicketRoute, async ({ params }, req) => ({
    items: (await reprintTicket(deps, actorOf(req), params.ticketId)).map(toJobResponse),
  }));
}

const toPrinterResponse = (p: Printer) => ({
  id: p.id,
  locationId: p.locationId,
  station: p.station,
  name: p.name,
  host: p.host,
  port: p.port,
  backupPrinterId: p.backupPrinterId,
});

const toJobResponse = (j: PrintJob): PrintJobResponse => ({
  id: j.id,
  ticketId: j.ticketId,
  printerId: j.printerId,
  kind: j.kind,
  status: j.status,
  attempts: j.attempts,
  lastError: j.lastError,
  printedOn: j.printedOn,
  printedAt: j.printedAt?.toISOString() ?? null,
});
