import type { KitchenDeps } from '../ports';
import type { Ticket } from '../tickets/ticket';
import type { PrintJob } from './print-job';

/**
 * A print job for every printer of the ticket's station, written in the ticket's own
 * transaction and queued once it commits: a ticket never exists without its prints.
 */
export async function queuePrints(
  deps: KitchenDeps,
  ticket: Ticket,
  kind: PrintJob['kind'] = 'ticket',
  voidItems: PrintJob['voidItems'] = null,
): Promise<PrintJob[]> {
  const printers = await deps.printing.printersOf(ticket.locationId, ticket.station);
  if (printers.length === 0) return [];
  const now = deps.clock.now();
  const jobs = await deps.printing.insertJobs(
    printers.map((printer) => ({
      id: deps.newId(),
      tenantId: ticket.tenantId,
      locationId: ticket.locationId,
      ticketId: ticket.id,
      printerId: printer.id,
      kind,
      voidItems,
      status: 'pending',
      attempts: 0,
      lastError: null,
      printedOn: null,
      createdAt: now,
      updatedAt: now,
      printedAt: null,
    })),
  );
  deps.afterCommit(() => deps.queuePrintJobs(jobs.map((j) => j.id)));
  return jobs;
}
