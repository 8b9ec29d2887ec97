export * from './base-config';
export * from './platform';
export * from './service';
export * from './outbox-port';
export * from './migrate-main';
export * from './prune-live-feed.job';
export * from './queue-after-commit';
