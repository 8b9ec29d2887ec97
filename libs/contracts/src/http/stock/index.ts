// Route contracts of the stock area; one file per route story, re-exported here.
export * from './ingredients';
export * from './recipe';
export * from './stock-levels';
export * from './stock-movements';
