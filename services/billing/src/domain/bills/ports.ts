import type { Bill } from './bill';

export interface BillRepository {
  /** The next number of the location's year, locked until the transaction ends (gapless). */
  nextNumber(locationId: string, year: number): Promise<number>;
  insert(bill: Bill): Promise<void>;
  /** Open bills of the order become voided; returns their ids. */
  voidOpen(orderId: string): Promise<string[]>;
  listByOrder(orderId: string): Promise<Bill[]>;
}
