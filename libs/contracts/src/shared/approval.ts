import { z } from 'zod';

/**
 * Privileged actions a waiter may do only with a manager's approval, carried in the
 * `X-Manager-Approval` header of the request.
 */
export const ApprovalAction = z.enum([
  'cancel-item',
  'comp-item',
  'cancel-order',
  'reopen-session',
  'discount',
  'refund',
]);
export type ApprovalAction = z.infer<typeof ApprovalAction>;
