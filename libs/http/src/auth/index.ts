export * from './actor';
export * from './staff-tokens';
export * from './authenticate';
export * from './guards';
export * from './credentials';
