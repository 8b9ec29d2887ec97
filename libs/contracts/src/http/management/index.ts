// Route contracts of the management area; one file per route story, re-exported here.
export {};
