export * from './simulator';
export type { Behaviour, PosMode } from './behaviour';
export type { SimRequest } from './api-routes';
export type { CallbackAttempt } from './callbacks';
export type { PlatformStatus, PosOrder, TseData } from './pos-orders';
