import type { PosOrder } from './pos-orders';

export interface CallbackAttempt {
  posOrderId: string;
  platformStatus: string;
  url: string;
  /** The receiver's HTTP status; 0 when unreachable, -1 when lost on purpose. */
  status: number;
  at: string;
}

/** Tells the platform an order moved: `{ id, orderId, platformStatus }`, no fiscal data in it. */
export async function callBack(
  order: PosOrder,
  lose: boolean,
  attempts: CallbackAttempt[],
): Promise<void> {
  if (!order.callbackUrl) return;
  const attempt: CallbackAttempt = {
    posOrderId: order.id,
    platformStatus: order.platformStatus,
    url: order.callbackUrl,
    status: -1,
    at: new Date().toISOString(),
  };
  attempts.push(attempt);
  if (lose) return;
  try {
    const res = await fetch(order.callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: order.id,
        orderId: order.orderId,
        platformStatus: order.platformStatus,
      }),
      signal: AbortSignal.timeout(5_000),
    });
    attempt.status = res.status;
  } catch {
    attempt.status = 0;
  }
}
