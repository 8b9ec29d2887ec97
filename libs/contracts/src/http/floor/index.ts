// Route contracts of the floor area; one file per route story, re-exported here.
export {};
