import { z } from 'zod';

/** Why items come off an order; reports group voids and cancels by it. */
export const VoidReason = z.enum([
  'guest_changed_mind',
  'wrong_item',
  'quality',
  'out_of_stock',
  'long_wait',
  'duplicate',
  'staff_error',
  'other',
]);
export type VoidReason = z.infer<typeof VoidReason>;

/** Why items are made free. */
export const CompReason = z.enum([
  'quality',
  'long_wait',
  'staff_meal',
  'marketing',
  'regular',
  'other',
]);
export type CompReason = z.infer<typeof CompReason>;
