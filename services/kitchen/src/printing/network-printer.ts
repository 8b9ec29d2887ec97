import type { PrintTransport } from '../domain/printing/ports';
import { layoutTicket } from '../domain/printing/ticket-layout';
import { encodeEscPos } from './escpos';
import { printOverTcp } from './tcp-printer';

/** Tickets to ESC/POS network printers: laid out, encoded in PC858, sent over raw TCP. */
export const networkPrinter =
  (timeoutMs: number): PrintTransport =>
  (printer, ticket, options) =>
    printOverTcp(printer, encodeEscPos(layoutTicket(ticket, options)), timeoutMs);
