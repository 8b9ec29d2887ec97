/**
 * Every consumer queue of every service. The console drains their dead letters
 * (`<queue>.dlq`), so a new subscription is listed here too (a test checks it).
 */
export const consumerQueues = [
  'orders.kitchen-events',
  'orders.billing-events',
  'kitchen.order-events',
  'billing.order-events',
  'billing.pos-events',
  'billing.marketplace-events',
  'pos-adapter.billing-events',
  'delivery-adapter.kitchen-events',
  'delivery-adapter.menu-events',
  'console.all-events',
] as const;

/**
 * BullMQ queues whose failed-for-good jobs the console shows as they are. The others report
 * their own failures as events with the order's context (`kitchen.print-failed.v1`,
 * `pos.push-failed.v1`, `marketplace.order-needs-attention.v1`), or are schedules that run
 * again by themselves.
 */
export const reportedJobQueues = [
  'billing.sync-mollie-payment',
  'delivery-adapter.cancel-order',
  'delivery-adapter.publish-menu',
  'delivery-adapter.store-availability',
  'console.send-alert',
] as const;
