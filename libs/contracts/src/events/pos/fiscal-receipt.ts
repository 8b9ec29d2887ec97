import { z } from 'zod';

/** What the POS's TSE signed for one bill (KassenSichV): the receipt's fiscal proof. */
export const FiscalReceipt = z.object({
  /** The TSE's transaction number. */
  transactionNumber: z.number().int().min(1),
  signatureCounter: z.number().int().min(1),
  /** Base64 of the TSE signature. */
  signature: z.string().min(1),
  /** Serial number of the TSE that signed. */
  deviceSerial: z.string().min(1),
  /** The register (client id) the TSE knows it by. */
  clientId: z.string().min(1),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  /** The receipt's QR code content (DSFinV-K), when the POS gives one. */
  qrCode: z.string().nullable(),
});
export type FiscalReceipt = z.infer<typeof FiscalReceipt>;
