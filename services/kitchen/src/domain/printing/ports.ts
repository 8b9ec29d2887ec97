import type { PrinterAddress } from './printer-address';
import type { Printer, PrintJob } from './print-job';
import type { PrintableTicket } from './ticket-layout';

export interface PrintingRepository {
  insertPrinter(printer: Printer): Promise<void>;
  listPrinters(locationId: string): Promise<Printer[]>;
  /** Every printer of every location (the health probe's round). */
  listAllPrinters(): Promise<Printer[]>;
  findPrinter(id: string): Promise<Printer | undefined>;
  printersOf(locationId: string, station: string): Promise<Printer[]>;
  /** Inserts the jobs; a ticket's job for a printer exists once (a redelivered fire adds none). */
  insertJobs(jobs: PrintJob[]): Promise<PrintJob[]>;
  findJob(id: string): Promise<PrintJob | undefined>;
  /** The job locked until the transaction ends: one attempt at a time. */
  lockJob(id: string): Promise<PrintJob | undefined>;
  listJobs(ticketId: string): Promise<PrintJob[]>;
  updateJob(job: PrintJob): Promise<void>;
  /** Jobs waiting to print on this printer, or on a printer it is the backup of. */
  pendingJobsFor(printerId: string): Promise<string[]>;
  /** Jobs pending or sent, untouched since `before`: their queue entry may be lost. */
  listUnfinishedJobs(before: Date, limit: number): Promise<PrintJob[]>;
}

/** Lays out, encodes and prints a ticket on a printer; throws when it did not print. */
export type PrintTransport = (
  printer: PrinterAddress,
  ticket: PrintableTicket,
  options?: { void?: boolean },
) => Promise<void>;

/** Queues a print job's attempt (BullMQ), after the transaction that wrote it commits. */
export type PrintQueue = (printJobIds: string[]) => void;
