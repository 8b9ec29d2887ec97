import { createHash, randomBytes } from 'node:crypto';

export type PlatformStatus =
  'accepted' | 'processing' | 'processed' | 'canceled' | 'processing_error';

/** The TSE's signature of a processed order, as a German fiscal register reports it. */
export interface TseData {
  transactionNumber: number;
  signatureCounter: number;
  signature: string;
  tseSerialNumber: string;
  clientId: string;
  startTime: string;
  endTime: string;
  qrCodeData: string;
}

export interface PosOrder {
  id: string;
  /** The platform's id of the order (its idempotency key). */
  orderId: string;
  platformStatus: PlatformStatus;
  body: Record<string, unknown>;
  callbackUrl: string | null;
  createdAt: string;
  updatedAt: string;
  tse: TseData | null;
  errorMessage: string | null;
}

const TSE_SERIAL = createHash('sha256').update('brigade-sim-tse').digest('hex');

/** The register's orders and its TSE's counters. */
export class PosOrders {
  private readonly byId = new Map<string, PosOrder>();
  private transactionNumber = 0;

  all(): PosOrder[] {
    return [...this.byId.values()].map((o) => ({ ...o }));
  }

  get(id: string): PosOrder | undefined {
    return this.byId.get(id);
  }

  byOrderId(orderId: string): PosOrder[] {
    return [...this.byId.values()].filter((o) => o.orderId === orderId);
  }

  create(body: Record<string, unknown>): PosOrder {
    const now = new Date().toISOString();
    const order: PosOrder = {
      id: `ls_${randomBytes(9).toString('base64url')}`,
      orderId: String(body.orderId),
      platformStatus: 'accepted',
      body,
      callbackUrl: typeof body.callbackUrl === 'string' ? body.callbackUrl : null,
      createdAt: now,
      updatedAt: now,
      tse: null,
      errorMessage: null,
    };
    this.byId.set(order.id, order);
    return order;
  }

  move(order: PosOrder, status: PlatformStatus, errorMessage?: string): void {
    order.platformStatus = status;
    order.updatedAt = new Date().toISOString();
    if (status === 'processing_error') order.errorMessage = errorMessage ?? 'TSE not reachable';
    if (status === 'processed') order.tse = this.sign(order);
  }

  private sign(order: PosOrder): TseData {
    this.transactionNumber += 1;
    const end = new Date();
    const start = new Date(end.getTime() - 1_000);
    const signature = createHash('sha384')
      .update(`${order.id}:${this.transactionNumber}`)
      .digest('base64');
    return {
      transactionNumber: this.transactionNumber,
      signatureCounter: this.transactionNumber * 2,
      signature,
      tseSerialNumber: TSE_SERIAL,
      clientId: 'BRIGADE-SIM-KASSE-1',
      startTime: start.toISOString(),
      endTime: end.toISOString(),
      qrCodeData: `V0;BRIGADE-SIM-KASSE-1;Kassenbeleg-V1;${this.transactionNumber};${signature}`,
    };
  }

  reset(): void {
    this.byId.clear();
  }
}

/** The order as `GET /orders/:id` answers it. */
export const orderView = (o: PosOrder) => ({
  id: o.id,
  orderId: o.orderId,
  platformStatus: o.platformStatus,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
  errorMessage: o.errorMessage,
  tse: o.tse,
});
