import type { Channel } from '@brigade/contracts';

/** One party's visit at a table: every channel at the table shares it through its token. */
export interface TableSession {
  id: string;
  tenantId: string;
  locationId: string;
  tableId: string;
  /** The table's number as guests and staff call it ("12", "T4"). */
  tableNumber: string;
  token: string;
  status: 'open' | 'closed';
  guestCount: number | null;
  openedAt: Date;
}

/** What the order use cases need from the floor. */
export interface TableSessionsPort {
  /**
   * The open session at the table (following merges), or one opened now by `openedVia`;
   * race-safe: a table has at most one open session. Undefined for an unknown table.
   */
  openOrJoin(
    table: { tenantId: string; tableId: string },
    openedVia: Channel,
    openedBy: string,
  ): Promise<TableSession | undefined>;
  /** The open session a QR token belongs to (following merges). */
  findOpenByToken(token: string): Promise<TableSession | undefined>;
  find(sessionId: string): Promise<TableSession | undefined>;
  /** The source session's table joins the target from now on (tables pushed together). */
  mergeInto(sourceSessionId: string, targetSessionId: string): Promise<void>;
  /** Ends the visit: the table becomes dirty until staff free it. */
  close(sessionId: string): Promise<void>;
}
