/** One change staff apps see live, appended in the transaction of the change itself. */
export interface FeedEntry {
  tenantId: string;
  locationId: string;
  topic: 'order' | 'table' | 'menu' | 'stock';
  /** What happened, e.g. `order.items-fired`, `table.status-changed`. */
  type: string;
  subjectId: string;
  data: Record<string, unknown>;
}

export interface LiveFeedPort {
  append(entry: FeedEntry): Promise<void>;
}
