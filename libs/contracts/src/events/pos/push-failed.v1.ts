import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/**
 * A paid bill could not be fiscalized: it waits in the dead letters for an operator to
 * re-send, refund or close it. `permanent`: the POS refused it (4xx, processing_error,
 * canceled there), at once; `transient`: the POS stayed unreachable through every attempt.
 */
export const PosPushFailedV1 = defineEvent({
  type: 'pos.push-failed.v1',
  aggregate: 'fiscal-push',
  description:
    'The alert for a paid bill that did not reach the fiscal POS: it is in the dead letters with the reason, money already taken.',
  payload: z.object({
    pushId: Id,
    orderId: Id,
    billId: Id,
    kind: z.enum(['permanent', 'transient']),
    reason: z.string().min(1),
    attempts: z.number().int().min(0),
    posOrderId: z.string().nullable(),
    failedAt: z.iso.datetime(),
  }),
});
export type PosPushFailedV1 = EventOf<typeof PosPushFailedV1>;
