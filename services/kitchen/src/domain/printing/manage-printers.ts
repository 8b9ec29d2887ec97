import type { z } from 'zod';
import type { CreatePrinterRequest } from '@brigade/contracts';
import {
  assertAccess,
  canAccess,
  ConflictError,
  NotFoundError,
  requireRole,
  ValidationError,
  type Actor,
} from '@brigade/core';
import type { KitchenDeps } from '../ports';
import type { Printer, PrintJob } from './print-job';
import { queuePrints } from './queue-prints';

export async function createPrinter(
  deps: KitchenDeps,
  caller: Actor,
  locationId: string,
  input: z.infer<typeof CreatePrinterRequest>,
): Promise<Printer> {
  requireRole(caller, 'manager');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  const existing = await deps.printing.listPrinters(locationId);
  if (existing.some((p) => p.tenantId === caller.tenantId && p.name === input.name)) {
    throw new ConflictError('printer-name-taken', `A printer named ${input.name} exists here`);
  }
  if (input.backupPrinterId && !existing.some((p) => p.id === input.backupPrinterId)) {
    throw new ValidationError([
      { field: 'backupPrinterId', message: 'not a printer of this location' },
    ]);
  }
  const printer: Printer = {
    ...input,
    id: deps.newId(),
    tenantId: caller.tenantId,
    locationId,
    createdAt: deps.clock.now(),
  };
  await deps.printing.insertPrinter(printer);
  return printer;
}

export async function listPrinters(deps: KitchenDeps, caller: Actor, locationId: string) {
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  return (await deps.printing.listPrinters(locationId)).filter(
    (p) => p.tenantId === caller.tenantId,
  );
}

async function ticketOf(deps: KitchenDeps, caller: Actor, ticketId: string) {
  const ticket = await deps.tickets.find(ticketId);
  if (!ticket || caller.kind !== 'staff' || !canAccess(caller, ticket)) {
    throw new NotFoundError('The ticket');
  }
  return ticket;
}

export async function printJobsOf(deps: KitchenDeps, caller: Actor, ticketId: string) {
  await ticketOf(deps, caller, ticketId);
  return deps.printing.listJobs(ticketId);
}

/** The ticket again, on every printer of its station: new jobs, whatever the first ones did. */
export async function reprintTicket(
  deps: KitchenDeps,
  caller: Actor,
  ticketId: string,
): Promise<PrintJob[]> {
  const ticket = await ticketOf(deps, caller, ticketId);
  return deps.transaction(() => queuePrints(deps, ticket, 'reprint'));
}

/**
 * An operator sends a print job that failed for good once more: pending again, its
 * attempts from 0 (its own printer first), queued again. Only a failed job: a second click
 * finds it pending (409), so a slip is never printed twice by it.
 */
export async function retryPrintJob(
  deps: KitchenDeps,
  caller: Actor,
  printJobId: string,
): Promise<PrintJob> {
  requireRole(caller, 'manager', 'operator');
  const job = await deps.transaction(async () => {
    const found = await deps.printing.lockJob(printJobId);
    if (!found || caller.kind !== 'staff' || !canAccess(caller, found))
      throw new NotFoundError('The print job');
    if (found.status !== 'failed')
      throw new ConflictError('print-job-not-failed', `The print job is ${found.status}`);
    const pending: PrintJob = {
      ...found,
      status: 'pending',
      attempts: 0,
      updatedAt: deps.clock.now(),
    };
    await deps.printing.updateJob(pending);
    return pending;
  });
  // Queued after commit; should Redis miss it, the sweep queues the pending job again.
  await deps.requeuePrintJobs([job.id]);
  return job;
}
