import type { FiscalReceipt } from '@brigade/contracts';
import type { Bill } from './bill';

export interface BillRepository {
  /** The next number of the location's year, locked until the transaction ends (gapless). */
  nextNumber(locationId: string, year: number): Promise<number>;
  insert(bill: Bill): Promise<void>;
  /** Open bills of the order become voided; returns their ids. */
  voidOpen(orderId: string): Promise<string[]>;
  listByOrder(orderId: string): Promise<Bill[]>;
  find(billId: string): Promise<Bill | undefined>;
  /** The bill, locked until the transaction ends: its payments settle one at a time. */
  lock(billId: string): Promise<Bill | undefined>;
  markPaid(billId: string, at: Date): Promise<void>;
  /** Keeps the register's signed receipt; false when the bill is unknown or has one. */
  attachReceipt(billId: string, receipt: FiscalReceipt): Promise<boolean>;
  /** Writes a bill's discount, service charge, total and taxes. */
  saveTotals(bill: Bill): Promise<void>;
}
