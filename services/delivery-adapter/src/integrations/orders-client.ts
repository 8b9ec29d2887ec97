import { UnavailableError } from '@brigade/core';
import type { StaffTokens } from '@brigade/http';
import { OrdersRefused } from '../domain/orders/take-order';
import type { OrdersPort } from '../domain/ports';

/**
 * Our orders service, called as the marketplace bridge: a storefront of channel
 * `marketplace` for the order's location, with a short-lived token this service signs (every
 * service verifies them with the shared secret). The Idempotency-Key makes a retry return
 * the order placed the first time.
 */
export function ordersClient(options: {
  baseUrl: string;
  tokens: StaffTokens;
  timeoutMs: number;
}): OrdersPort {
  return {
    async place(input) {
      const token = await options.tokens.signStorefront({
        tenantId: input.tenantId,
        apiKeyId: 'delivery-adapter',
        locationIds: [input.locationId],
        channel: 'marketplace',
      });
      let res: Response;
      try {
        res = await fetch(`${options.baseUrl}/v1/orders`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'idempotency-key': input.idempotencyKey,
          },
          body: JSON.stringify({
            locationId: input.locationId,
            type: 'delivery',
            channel: 'marketplace',
            customerName: input.customerName,
            lines: input.lines,
          }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (err) {
        throw new UnavailableError(`orders: ${(err as Error).message}`, err);
      }
      const body = (await res.json().catch(() => ({}))) as {
        id?: string;
        type?: string;
        detail?: string;
        lines?: Array<{ id: string }>;
      };
      if (res.status >= 500 || res.status === 409)
        throw new UnavailableError(`orders: HTTP ${res.status}`);
      if (res.status >= 400) {
        const type = (body.type ?? '').split('/').pop() ?? 'refused';
        throw new OrdersRefused(type, `orders: ${res.status} ${body.detail ?? type}`);
      }
      return { orderId: body.id!, lineIds: (body.lines ?? []).map((l) => l.id) };
    },
  };
}
