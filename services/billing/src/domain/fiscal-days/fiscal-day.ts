import type { ZReport } from '@brigade/contracts';

export type FiscalDayStatus = 'open' | 'closed';

/** A location's business day: what is sold, paid and counted between its opening and close. */
export interface FiscalDay {
  id: string;
  tenantId: string;
  locationId: string;
  /** Gapless per location. */
  number: number;
  /** `YYYY-MM-DD`, local at the location when it was opened. */
  businessDate: string;
  status: FiscalDayStatus;
  openedBy: string;
  openedAt: Date;
  closedBy: string | null;
  closedAt: Date | null;
  /** Fixed at close; null while open. */
  zReport: ZReport | null;
}

/** Who opens a day nobody opened: the first sale of it. */
export const FIRST_SALE = 'system:first-sale';

/** The calendar date at `at` in `timeZone`, as `YYYY-MM-DD`. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export interface FiscalDayRepository {
  /** Inserts the location's next-numbered open day; undefined when one is open already. */
  openNext(day: Omit<FiscalDay, 'number'>): Promise<FiscalDay | undefined>;
  /** The location's open day, share-locked: it cannot close until this transaction ends. */
  lockOpen(locationId: string): Promise<FiscalDay | undefined>;
  find(id: string): Promise<FiscalDay | undefined>;
  /** The day, locked for update until the transaction ends. */
  lock(id: string): Promise<FiscalDay | undefined>;
  /** The location's days newest first, numbered below `beforeNumber` when given. */
  list(
    owner: { tenantId: string; locationId: string },
    limit: number,
    beforeNumber?: number,
  ): Promise<FiscalDay[]>;
  close(id: string, closedBy: string, closedAt: Date, zReport: ZReport): Promise<void>;
}
