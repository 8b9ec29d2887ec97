// Route contracts of the live area; one file per route story, re-exported here.
export * from './watch-location';
