import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

export const CreatePrinterRequest = z
  .object({
    /** The station whose tickets it prints. */
    station: z.string().trim().min(1).max(50),
    name: z.string().trim().min(1).max(100),
    /** A network printer speaking ESC/POS over raw TCP. */
    host: z.string().trim().min(1).max(255),
    port: z.number().int().min(1).max(65535).default(9100),
    /** Prints this printer's jobs when it stays down. */
    backupPrinterId: Id.nullable().default(null),
  })
  .meta({ id: 'CreatePrinterRequest' });

export const PrinterResponse = z
  .object({
    id: Id,
    locationId: Id,
    station: z.string(),
    name: z.string(),
    host: z.string(),
    port: z.number().int(),
    backupPrinterId: Id.nullable(),
  })
  .meta({ id: 'Printer' });

export const PrintJobResponse = z
  .object({
    id: Id,
    ticketId: Id,
    printerId: Id,
    kind: z.enum(['ticket', 'reprint', 'void']),
    status: z.enum(['pending', 'sent', 'printed', 'failed']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    /** Where it came out: the printer or its backup. */
    printedOn: Id.nullable(),
    printedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PrintJob' });
export type PrintJobResponse = z.infer<typeof PrintJobResponse>;

const locationParams = z.object({ locationId: Id });
const ticketParams = z.object({ ticketId: Id });
const jobs = z.object({ items: z.array(PrintJobResponse) });

export const createPrinterRoute = defineRoute({
  method: 'post',
  path: '/v1/locations/:locationId/printers',
  summary:
    "A station's network printer (ESC/POS, raw TCP), with an optional backup; manager or admin",
  tag: 'printing',
  request: { params: locationParams, body: CreatePrinterRequest },
  response: { status: 201, description: 'The printer', body: PrinterResponse },
  problems: ['printer-name-taken'],
});

export const listPrintersRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/printers',
  summary: "The location's printers",
  tag: 'printing',
  request: { params: locationParams },
  response: {
    status: 200,
    description: 'The printers',
    body: z.object({ items: z.array(PrinterResponse) }),
  },
  problems: [],
});

export const listPrintJobsRoute = defineRoute({
  method: 'get',
  path: '/v1/tickets/:ticketId/print-jobs',
  summary:
    "A ticket's print jobs: pending, sent, printed (and where) or failed, with the last error",
  tag: 'printing',
  request: { params: ticketParams },
  response: { status: 200, description: 'The print jobs', body: jobs },
  problems: [],
});

export const reprintTicketRoute = defineRoute({
  method: 'post',
  path: '/v1/tickets/:ticketId/reprint',
  summary: 'Print the ticket again on every printer of its station',
  tag: 'printing',
  request: { params: ticketParams },
  response: { status: 202, description: 'The new print jobs', body: jobs },
  problems: [],
});

export const retryPrintJobRoute = defineRoute({
  method: 'post',
  path: '/v1/print-jobs/:printJobId/retry',
  summary:
    "Send a print job that failed for good once more, from its first attempt on its own printer (the console's re-send). Manager, operator or admin",
  tag: 'printing',
  request: { params: z.object({ printJobId: Id }) },
  response: { status: 200, description: 'The print job, pending again', body: PrintJobResponse },
  problems: ['print-job-not-failed'],
});
