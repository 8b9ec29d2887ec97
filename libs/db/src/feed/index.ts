export * from './feed-position';
export * from './append-to-feed';
export * from './live-feed-writer';
export * from './read-feed';
export * from './prune-feed';
export * from './feed-wakeups';
export * from './live-feed';
export * from './live-feed.migration';
