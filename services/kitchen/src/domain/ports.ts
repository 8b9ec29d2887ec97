import type { Envelope } from '@brigade/contracts';
import type { Clock } from '@brigade/core';
import type { PrinterAddress } from './printing/printer-address';
import type { PrintingRepository, PrintQueue, PrintTransport } from './printing/ports';
import type { StationRepository } from './routing/ports';
import type { Ticket, TicketItemStatus } from './tickets/ticket';

export interface TicketRepository {
  /** Stores the ticket unless one exists for its fire and station; returns whether it did. */
  insertIfNew(ticket: Ticket): Promise<boolean>;
  listByOrder(orderId: string): Promise<Ticket[]>;
  find(ticketId: string): Promise<Ticket | undefined>;
  /** What waits at each station of open tickets: tickets and units not yet ready. */
  load(locationId?: string): Promise<StationLoad[]>;
  /** Open tickets of a station, oldest first. */
  openAt(locationId: string, station: string): Promise<Ticket[]>;
  /** The station's last bumped tickets, newest first. */
  recentlyBumped(locationId: string, station: string, limit: number): Promise<Ticket[]>;
  /** The ticket locked until the transaction ends. */
  lock(ticketId: string): Promise<Ticket | undefined>;
  /** Writes status, bump time and version of the ticket and the statuses of its items. */
  saveProgress(ticket: Ticket): Promise<void>;
  /** Every ticket item of these lines, at every station, for a line's overall status. */
  itemsOfLines(lineIds: readonly string[]): Promise<LineItemState[]>;
  /** Units still to cook at a station per item name: the all-day count. */
  allDay(locationId: string, station: string): Promise<Array<{ name: string; quantity: number }>>;
  /** Average time from ticket to ready per product, for items finished since `since`. */
  prepTimes(locationId: string | undefined, since: Date): Promise<PrepTime[]>;
  /** Strikes units of the ticket items of an order line; the tickets that held it. */
  strikeUnits(lineId: string, quantity: number): Promise<Array<{ ticketId: string; name: string }>>;
}

export interface LineItemState {
  lineId: string;
  ticketId: string;
  station: string;
  /** On a station that sees everything (expo): it does not cook, so it does not count. */
  receivesAll: boolean;
  status: TicketItemStatus;
}

export interface PrepTime {
  locationId: string;
  productId: string;
  name: string;
  finished: number;
  averageSeconds: number;
}

export interface StationLoad {
  locationId: string;
  station: string;
  ticketsWaiting: number;
  unitsWaiting: number;
}

export interface KitchenDeps {
  clock: Clock;
  newId(): string;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  outbox: { add(events: Envelope[]): Promise<void> };
  tickets: TicketRepository;
  stations: StationRepository;
  /** What station screens follow live; appended in the open transaction. */
  screens: ScreenFeed;
  /** Keys station screens sign in with: random, stored as a hash only. */
  screenKeys: { generate(): string; hash(key: string): string };
  printing: PrintingRepository;
  /** Prints a ticket on a network printer. */
  print: PrintTransport;
  queuePrintJobs: PrintQueue;
  /**
   * Makes sure these print jobs will run: queued again when their queue entry was lost,
   * retried when it failed there without the job failing here; left alone otherwise.
   */
  requeuePrintJobs(printJobIds: string[]): Promise<void>;
  /** Asks a printer whether it could print now; throws when not. */
  probePrinter(printer: PrinterAddress): Promise<void>;
  /** Tries these print jobs now instead of after their back-off (their printer is back). */
  promotePrintJobs(printJobIds: string[]): Promise<void>;
  /** Runs `fn` once the current transaction commits (at once outside one). */
  afterCommit(fn: () => void): void;
}

/** One change screens see, appended in the transaction of the change itself. */
export interface ScreenFeedEntry {
  tenantId: string;
  locationId: string;
  /** `station:<code>` for a station's tickets. */
  topic: string;
  type: string;
  subjectId: string;
  data: Record<string, unknown>;
}

export interface ScreenFeed {
  append(entry: ScreenFeedEntry): Promise<void>;
}
