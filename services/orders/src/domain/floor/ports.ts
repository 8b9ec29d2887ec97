import type { Channel } from '@brigade/contracts';
import type { FloorLayoutPort } from './layout';

/** One party's visit at a table: every channel at the table shares it through its token. */
export interface TableSession {
  id: string;
  tenantId: string;
  locationId: string;
  tableId: string;
  /** The table's number as guests and staff call it ("12", "T4"). */
  tableNumber: string;
  /** The dining area of the table. */
  areaId: string;
  /** Empty once the prune has retired the token of a long-closed session. */
  token: string;
  status: 'open' | 'closed';
  guestCount: number | null;
  openedAt: Date;
  openedVia: Channel;
  /** Who opened it: an actor key (`user:…`, `apikey:…`). */
  openedBy: string;
  lastActivityAt: Date;
  closedAt: Date | null;
  /** Set while the session's table is pushed together with another: its orders land there. */
  mergedIntoSessionId: string | null;
}

/** What the prune did in one pass. */
export interface PruneResult {
  closedIdle: number;
  deleted: number;
  tokensRetired: number;
}

/**
 * What the order use cases need from the floor. Every call joins the caller's transaction.
 * An order attaches to a session by `orders.table_session_id`; the database refuses an
 * order for a closed session (a close that won the race), and counts the order as the
 * session's activity. Lock a session with `FOR NO KEY UPDATE` (never `FOR UPDATE`): QR
 * orders hold `KEY SHARE` on theirs from `findOpenByToken` on.
 */
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
  /**
   * The open session a QR token belongs to (following merges): the session `token` a guest's
   * device got from joining, not the table's printed `qrToken`. Not scoped to a tenant:
   * check the caller may act for the session's location.
   */
  findOpenByToken(token: string): Promise<TableSession | undefined>;
  /** The session as stored, open or closed, whoever's it is (check the caller). */
  find(sessionId: string): Promise<TableSession | undefined>;
  /**
   * The source session's table joins the target from now on (tables pushed together): the
   * source stays open, pointing at the target, so scans and orders there land in the target;
   * both tables stay occupied. Both must be open and at one location.
   */
  mergeInto(sourceSessionId: string, targetSessionId: string): Promise<void>;
  /**
   * Ends the visit, with the sessions merged into it: their tables become dirty until staff
   * free them. Refused (`TableSessionHasOpenTabError`, 409) while an order of theirs is
   * neither paid nor cancelled; nothing happens to a closed session. `closedBy`: an actor key.
   */
  close(sessionId: string, closedBy?: string): Promise<void>;

  /**
   * `close` for flows that settle tabs (the last payment, a transfer): closes only when no
   * order of the session or of those merged into it is still a tab; false when one is.
   */
  closeIfSettled(sessionId: string, closedBy?: string): Promise<boolean>;
  /** `openOrJoin`, telling whether this call opened the session. */
  openOrJoinDetailed(
    table: { tenantId: string; tableId: string },
    openedVia: Channel,
    openedBy: string,
  ): Promise<{ session: TableSession; opened: boolean } | undefined>;
  /** The open session at a table as stored (not following merges). */
  findOpenAtTable(tableId: string): Promise<TableSession | undefined>;
  updateGuestCount(sessionId: string, guestCount: number): Promise<TableSession | undefined>;
  /** Opens a closed session again (its table occupied); who reopened and who approved are kept. */
  reopen(
    sessionId: string,
    audit: { reopenedBy: string; approvedBy: string },
  ): Promise<TableSession | undefined>;
  /**
   * Closes open sessions without orders idle past their location's `session_idle_minutes`,
   * deletes closed ones without orders past `closed_session_retention_days`, and retires the
   * token of closed ones with orders past it. An open session with orders is never touched.
   */
  prune(now: Date): Promise<PruneResult>;
  /** The dining areas and tables behind the sessions (floor management). */
  layout: FloorLayoutPort;
}
