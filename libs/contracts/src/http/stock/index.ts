// Route contracts of the stock area; one file per route story, re-exported here.
export {};
