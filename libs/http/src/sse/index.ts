export * from './event-stream';
export * from './query-token';
export * from './feed-stream';
