import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/** A print job ran out of attempts: the slip is not on paper and somebody must act. */
export const KitchenPrintFailedV1 = defineEvent({
  type: 'kitchen.print-failed.v1',
  aggregate: 'print-job',
  description:
    'A kitchen print job failed for good (every attempt, backup printer included). The alert for the dead-letter console; the ticket stays on the screens and can be reprinted.',
  payload: z.object({
    printJobId: Id,
    ticketId: Id,
    orderId: Id,
    orderNumber: z.number().int().min(1),
    station: z.string().min(1),
    printerId: Id,
    printerName: z.string().min(1),
    kind: z.enum(['ticket', 'reprint', 'void']),
    attempts: z.number().int().min(1),
    lastError: z.string().nullable(),
    failedAt: z.iso.datetime(),
  }),
});
export type KitchenPrintFailedV1 = EventOf<typeof KitchenPrintFailedV1>;
