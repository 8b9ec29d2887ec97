export * from './provision';
export * from './reachable';
export * from './databases';
export * from './test-run';
export * from './bus-probe';
export * from './tcp-proxy';
export * from './wait-until';
export * from './service-process';
