// Route contracts of the menu area; one file per route story, re-exported here.
export {};
