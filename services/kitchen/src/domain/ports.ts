import type { Envelope } from '@brigade/contracts';
import type { Clock } from '@brigade/core';
import type { PrintingRepository, PrintQueue, PrintTransport } from './printing/ports';
import type { StationRepository } from './routing/ports';
import type { Ticket } from './tickets/ticket';

export interface TicketRepository {
  /** Stores the ticket unless one exists for its fire and station; returns whether it did. */
  insertIfNew(ticket: Ticket): Promise<boolean>;
  listByOrder(orderId: string): Promise<Ticket[]>;
  find(ticketId: string): Promise<Ticket | undefined>;
  /** What waits at each station of open tickets: tickets and units not yet ready. */
  load(locationId?: string): Promise<StationLoad[]>;
  /** Strikes units of the ticket items of an order line; the tickets that held it. */
  strikeUnits(lineId: string, quantity: number): Promise<Array<{ ticketId: string; name: string }>>;
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
  printing: PrintingRepository;
  /** Prints a ticket on a network printer. */
  print: PrintTransport;
  queuePrintJobs: PrintQueue;
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
