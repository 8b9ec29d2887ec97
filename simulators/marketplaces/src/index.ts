export * from './simulator';
export * from './marketplace';
export type { Delivery, Signing } from './webhooks';
export type { SimMenuItem } from './api-routes';
