export interface Printer {
  id: string;
  tenantId: string;
  locationId: string;
  /** The station whose tickets it prints. */
  station: string;
  name: string;
  host: string;
  port: number;
  /** Takes over this printer's jobs when it stays down. */
  backupPrinterId: string | null;
  createdAt: Date;
}

export type PrintJobStatus = 'pending' | 'sent' | 'printed' | 'failed';

/** One ticket on one printer: pending → sent → printed, or failed once attempts run out. */
export interface PrintJob {
  id: string;
  tenantId: string;
  locationId: string;
  ticketId: string;
  printerId: string;
  kind: 'ticket' | 'reprint' | 'void';
  /** A void slip's units taken back; null for a ticket. */
  voidItems: Array<{ name: string; quantity: number }> | null;
  status: PrintJobStatus;
  attempts: number;
  lastError: string | null;
  /** Where it came out: the printer, or its backup. */
  printedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  printedAt: Date | null;
}
