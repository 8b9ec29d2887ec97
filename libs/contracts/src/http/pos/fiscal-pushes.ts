import { z } from 'zod';
import { FiscalReceipt } from '../../events/pos/fiscal-receipt';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { defineRoute } from '../define-route';

/**
 * Where a paid bill stands on its way to the fiscal POS. `pending`: waiting for an attempt
 * (or for the breaker); `accepted`/`processing`: the POS has it; `processed`: signed;
 * `dead_letter`: failed, waiting for an operator; `handled`, `refund_requested`, `refunded`:
 * what the operator did with it.
 */
export const FiscalPushStatus = z.enum([
  'pending',
  'accepted',
  'processing',
  'processed',
  'dead_letter',
  'handled',
  'refund_requested',
  'refunded',
]);
export type FiscalPushStatus = z.infer<typeof FiscalPushStatus>;

export const FiscalPushResponse = z
  .object({
    id: Id,
    locationId: Id,
    orderId: Id,
    billId: Id,
    billNumber: z.number().int(),
    total: Money,
    status: FiscalPushStatus,
    /** Attempts at the POS so far (a re-send starts again at 0). */
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    /** Why it is in the dead letters, when it is or was. */
    failure: z
      .object({
        kind: z.enum(['permanent', 'transient']),
        reason: z.string(),
        at: z.iso.datetime(),
      })
      .nullable(),
    posOrderId: z.string().nullable(),
    /** The POS's own state of the order, as last heard. */
    posStatus: z.string().nullable(),
    receipt: FiscalReceipt.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** What operators did with it, oldest first. */
    actions: z.array(
      z.object({
        action: z.enum(['resend', 'mark-handled', 'refund']),
        actor: z.string(),
        reason: z.string(),
        at: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'FiscalPush' });
export type FiscalPushResponse = z.infer<typeof FiscalPushResponse>;

export const OperatorActionRequest = z
  .object({ reason: z.string().trim().min(3).max(500) })
  .meta({ id: 'OperatorActionRequest' });

const pushParams = z.object({ pushId: Id });

export const listFiscalPushesRoute = defineRoute({
  method: 'get',
  path: '/v1/fiscal-pushes',
  summary:
    "The caller's tenant's pushes to the fiscal POS, newest first; `status=dead_letter` is what waits for an operator. Operator, manager or admin",
  tag: 'fiscal-pos',
  request: {
    query: z.object({
      status: FiscalPushStatus.optional(),
      orderId: Id.optional(),
      locationId: Id.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  response: {
    status: 200,
    description: 'The pushes',
    body: z.object({ items: z.array(FiscalPushResponse) }),
  },
  problems: [],
});

export const getFiscalPushRoute = defineRoute({
  method: 'get',
  path: '/v1/fiscal-pushes/:pushId',
  summary: 'One push with its receipt, failure and operator actions',
  tag: 'fiscal-pos',
  request: { params: pushParams },
  response: { status: 200, description: 'The push', body: FiscalPushResponse },
  problems: [],
});

export const resendFiscalPushRoute = defineRoute({
  method: 'post',
  path: '/v1/fiscal-pushes/:pushId/resend',
  summary:
    'Send a dead-lettered bill to the POS again, attempts from 0 (asking the POS first whether it has it). Operator or admin',
  tag: 'fiscal-pos',
  request: { params: pushParams, body: OperatorActionRequest },
  response: { status: 200, description: 'The push, pending again', body: FiscalPushResponse },
  problems: ['push-not-dead-lettered'],
});

export const markFiscalPushHandledRoute = defineRoute({
  method: 'post',
  path: '/v1/fiscal-pushes/:pushId/mark-handled',
  summary:
    'Close a dead letter dealt with outside Brigade (e.g. booked on the POS by hand). Operator or admin',
  tag: 'fiscal-pos',
  request: { params: pushParams, body: OperatorActionRequest },
  response: { status: 200, description: 'The push, handled', body: FiscalPushResponse },
  problems: ['push-not-dead-lettered'],
});

export const refundFiscalPushRoute = defineRoute({
  method: 'post',
  path: '/v1/fiscal-pushes/:pushId/refund',
  summary:
    'Give up on a dead-lettered bill and ask billing to refund it (pos.refund-requested.v1). Operator or admin',
  tag: 'fiscal-pos',
  request: { params: pushParams, body: OperatorActionRequest },
  response: { status: 200, description: 'The push, refund requested', body: FiscalPushResponse },
  problems: ['push-not-dead-lettered'],
});
