export * from './simulator';
export type { SimRequest } from './api-routes';
export type { SimPayment, SimRefund, PaymentStatus } from './mollie-objects';
export type { WebhookAttempt, WebhookMode } from './webhooks';
