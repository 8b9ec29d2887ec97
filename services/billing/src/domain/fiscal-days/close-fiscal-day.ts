import { FiscalDayClosedV1, type ZReport } from '@brigade/contracts';
import {
  actorKey,
  canAccess,
  NotFoundError,
  requireRole,
  traceFromContext,
  type Actor,
} from '@brigade/core';
import type { BillingDeps } from '../ports';
import { computeZReport } from '../z-report/compute-z-report';
import type { FiscalDay } from './fiscal-day';
import { fiscalDayClosed, registerSessionsOpen } from './fiscal-day.errors';

/**
 * A manager (or admin) closes the day once every register session of the location is
 * closed; its Z report is computed and fixed now. The day is locked for update first, so
 * sales holding it (share lock) commit before the report is summed and later ones go to
 * the next day.
 */
export async function closeFiscalDay(
  deps: BillingDeps,
  caller: Actor,
  fiscalDayId: string,
): Promise<FiscalDay> {
  requireRole(caller, 'manager');
  return deps.transaction(async () => {
    const open = await deps.fiscalDays.lock(fiscalDayId);
    if (!open || !canAccess(caller, open)) throw new NotFoundError('The fiscal day');
    if (open.status !== 'open') throw fiscalDayClosed();
    const sessions = await deps.registers.countOpenSessionsAt(open.locationId);
    if (sessions > 0) throw registerSessionsOpen(sessions);
    const now = deps.clock.now();
    const closing = {
      ...open,
      status: 'closed' as const,
      closedBy: actorKey(caller),
      closedAt: now,
    };
    const zReport = await computeZReport(deps, closing, true);
    await deps.fiscalDays.close(fiscalDayId, closing.closedBy, now, zReport);
    await deps.outbox.add([fiscalDayClosedEvent(closing, zReport)]);
    return { ...closing, zReport };
  });
}

function fiscalDayClosedEvent(day: FiscalDay & { closedBy: string; closedAt: Date }, z: ZReport) {
  return FiscalDayClosedV1.create(
    {
      tenantId: day.tenantId,
      locationId: day.locationId,
      aggregateId: day.id,
      aggregateVersion: 2,
      occurredAt: day.closedAt,
      ...traceFromContext(),
    },
    {
      fiscalDayId: day.id,
      number: day.number,
      businessDate: day.businessDate,
      closedBy: day.closedBy,
      closedAt: day.closedAt.toISOString(),
      sales: z.sales.gross,
      byTaxRate: z.sales.byTaxRate,
      byPaymentMethod: z.payments,
      tips: z.tips,
      refunds: {
        amountMinor: z.refunds.reduce((sum, r) => sum + r.amount.amountMinor, 0),
        currency: z.currency,
      },
      cashDifference: z.cashDifference,
    },
  );
}
