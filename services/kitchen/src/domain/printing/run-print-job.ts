import type { KitchenDeps } from '../ports';
import { KitchenPrintFailedV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { Ticket } from '../tickets/ticket';
import type { Printer, PrintJob } from './print-job';
import { printableTicket } from './printable-ticket';

export interface AttemptOptions {
  /** After this many failed attempts the printer's backup prints instead. */
  backupAfterAttempts: number;
  /** This is the last attempt: a failure is final (the job is kept, failed, for the console). */
  last: boolean;
}

/**
 * One attempt at a print job: claimed as `sent` (the attempt counted) under the job's lock,
 * printed on its printer or, once that has failed often enough, on its backup, then marked
 * printed. A job already printed is never printed again; a failure goes back to `pending`
 * with its error, and the queue tries again later with a longer pause.
 */
export async function runPrintJob(
  deps: KitchenDeps,
  printJobId: string,
  options: AttemptOptions,
): Promise<'printed' | 'already-done' | 'unknown'> {
  const job = await deps.transaction(async () => {
    const found = await deps.printing.lockJob(printJobId);
    if (!found || found.status === 'printed' || found.status === 'failed') return found;
    const sent: PrintJob = {
      ...found,
      status: 'sent',
      attempts: found.attempts + 1,
      updatedAt: deps.clock.now(),
    };
    await deps.printing.updateJob(sent);
    return sent;
  });
  if (!job) return 'unknown';
  if (job.status !== 'sent') return 'already-done';
  const printer = (await deps.printing.findPrinter(job.printerId))!;
  const useBackup = printer.backupPrinterId !== null && job.attempts > options.backupAfterAttempts;
  const target = useBackup
    ? ((await deps.printing.findPrinter(printer.backupPrinterId!)) ?? printer)
    : printer;
  const ticket = (await deps.tickets.find(job.ticketId))!;
  try {
    const station = await deps.stations.findByCode(ticket.locationId, ticket.station);
    const printable = printableTicket(ticket, station?.name);
    if (job.voidItems) {
      const items = job.voidItems.map((v) => ({
        ...v,
        course: null,
        seat: null,
        modifiers: [],
        notes: null,
        allergens: [],
      }));
      await deps.print(target, { ...printable, items }, { void: true });
    } else await deps.print(target, printable);
  } catch (err) {
    const failed: PrintJob = {
      ...job,
      status: options.last ? 'failed' : 'pending',
      lastError: `${target.name}: ${err instanceof Error ? err.message : String(err)}`,
      updatedAt: deps.clock.now(),
    };
    if (options.last) await failForGood(deps, failed, ticket, printer);
    else await deps.printing.updateJob(failed);
    throw err;
  }
  const now = deps.clock.now();
  await deps.printing.updateJob({
    ...job,
    status: 'printed',
    printedOn: target.id,
    printedAt: now,
    updatedAt: now,
  });
  return 'printed';
}

/** The last attempt failed: the job stays failed and the alert goes out, together. */
async function failForGood(
  deps: KitchenDeps,
  job: PrintJob,
  ticket: Ticket,
  printer: Printer,
): Promise<void> {
  await deps.transaction(async () => {
    await deps.printing.updateJob(job);
    await deps.outbox.add([
      KitchenPrintFailedV1.create(
        {
          tenantId: job.tenantId,
          locationId: job.locationId,
          aggregateId: job.id,
          aggregateVersion: job.attempts,
          occurredAt: job.updatedAt,
          ...traceFromContext(),
        },
        {
          printJobId: job.id,
          ticketId: ticket.id,
          orderId: ticket.orderId,
          orderNumber: ticket.orderNumber,
          station: ticket.station,
          printerId: printer.id,
          printerName: printer.name,
          kind: job.kind,
          attempts: job.attempts,
          lastError: job.lastError,
          failedAt: job.updatedAt.toISOString(),
        },
      ),
    ]);
  });
}
