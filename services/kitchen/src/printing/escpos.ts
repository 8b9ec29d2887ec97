import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { PrintLine } from '../domain/printing/ticket-layout';

/**
 * ESC/POS bytes for an Epson-compatible kitchen printer, through receipt-printer-encoder
 * (a maintained encoder with the printers' code pages). Code page 858 (CP850 with €) has
 * every German letter; the ticket ends with a cut.
 */
export function encodeEscPos(lines: readonly PrintLine[], columns = 42): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({ language: 'esc-pos', columns }).initialize();
  encoder.codepage('cp858');
  for (const line of lines) {
    encoder.align(line.center ? 'center' : 'left');
    encoder.bold(Boolean(line.bold || line.big));
    encoder.size(line.big ? 2 : 1, line.big ? 2 : 1);
    encoder.line(line.text);
  }
  return encoder.size(1, 1).bold(false).align('left').newline(3).cut('partial').encode();
}
