// Route contracts of the menu area; one file per route story, re-exported here.
export * from './allergen';
export * from './categories';
export * from './products';
export * from './modifier-groups';
export * from './price-rules';
export * from './location-items';
export * from './get-menu';
