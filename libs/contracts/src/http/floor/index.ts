// Route contracts of the floor area; one file per route story, re-exported here.
export * from './dining-areas';
export * from './tables';
export * from './floor-plan';
export * from './table-sessions';
