import { UnavailableError } from '@brigade/core';
import type { StaffTokens } from '@brigade/http';
import { OrdersRefused } from '../domain/orders/take-order';
import type { OrdersPort } from '../domain/ports';

interface Answer {
  id?: string;
  type?: string;
  detail?: string;
  lines?: Array<{ id: string }>;
}

/**
 * Our orders service, called as the marketplace bridge: a storefront of channel
 * `marketplace` for the order's location, with a short-lived token this service signs (every
 * service verifies them with the shared secret). The Idempotency-Key makes a retried
 * placement return the order placed the first time.
 */
export function ordersClient(options: {
  baseUrl: string;
  tokens: StaffTokens;
  timeoutMs: number;
}): OrdersPort {
  // Joined with paths: a configured URL may end with a slash.
  const base = options.baseUrl.replace(/\/$/, '');
  const send = async (
    where: { tenantId: string; locationId: string },
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Answer }> => {
    const token = await options.tokens.signStorefront({
      tenantId: where.tenantId,
      apiKeyId: 'delivery-adapter',
      locationIds: [where.locationId],
      channel: 'marketplace',
    });
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...headers,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (err) {
      throw new UnavailableError(`orders: ${(err as Error).message}`, err);
    }
    const answer = (await res.json().catch(() => ({}))) as Answer;
    if (res.status >= 500) throw new UnavailableError(`orders: HTTP ${res.status}`);
    return { status: res.status, body: answer };
  };
  const refused = (status: number, body: Answer) => {
    const type = (body.type ?? '').split('/').pop() || 'refused';
    return new OrdersRefused(type, `orders: ${status} ${body.detail ?? type}`);
  };
  return {
    async place(input) {
      const { status, body } = await send(
        input,
        '/v1/orders',
        {
          locationId: input.locationId,
          type: 'delivery',
          channel: 'marketplace',
          customerName: input.customerName,
          lines: input.lines,
        },
        { 'idempotency-key': input.idempotencyKey },
      );
      // 409: the same key still in flight (a retry racing the first): try again later.
      if (status === 409) throw new UnavailableError('orders: the placement is in flight');
      if (status >= 400) throw refused(status, body);
      return { orderId: body.id!, lineIds: (body.lines ?? []).map((l) => l.id) };
    },
    async cancel(input) {
      const { status, body } = await send(input, `/v1/orders/${input.orderId}/cancel`, {
        reason: 'other',
        note: input.note.slice(0, 300),
      });
      // Already cancelled, paid or otherwise ended: nothing left to cancel.
      if (status === 409 || status === 422) return;
      if (status >= 400) throw refused(status, body);
    },
  };
}
