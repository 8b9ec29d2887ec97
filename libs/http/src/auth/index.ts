export * from './actor';
export * from './staff-tokens';
export * from './authenticate';
export * from './credentials';
export * from './cached-resolver';
