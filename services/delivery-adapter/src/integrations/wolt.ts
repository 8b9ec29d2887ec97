import type { OrderData } from '../domain/marketplace';
import type { MarketplaceApi } from '../domain/ports';
import { callMarketplace } from './marketplace-http';

interface WoltOrder {
  order_number: string;
  created_at: string;
  consumer_name?: string;
  price: { amount: number; currency: string };
  items: Array<{
    pos_id?: string;
    name: string;
    count: number;
    item_price: { unit_price: { amount: number } };
    options?: Array<{ pos_id?: string; name: string; price: { amount: number } }>;
  }>;
}

/** Wolt's order API with the venue's API key (`WOLT-API-KEY`). */
export function woltApi(options: {
  apiUrl: string;
  apiKey: string;
  timeoutMs: number;
}): MarketplaceApi {
  const headers = { 'wolt-api-key': options.apiKey };
  return {
    async fetchOrder(resourceUrl) {
      const o = await callMarketplace<WoltOrder>(options.apiUrl, resourceUrl, {
        method: 'GET',
        headers,
        timeoutMs: options.timeoutMs,
      });
      return toOrderData(o);
    },
    async publishMenu(storeId, items) {
      await callMarketplace(
        options.apiUrl,
        `${options.apiUrl}/venues/${encodeURIComponent(storeId)}/items`,
        {
          method: 'PATCH',
          headers,
          body: {
            data: items.map((i) => ({
              sku: i.sku,
              name: i.name,
              price: i.priceMinor,
              enabled: i.available,
              options: i.modifierGroups.map((g) => ({
                name: g.name,
                min: g.minSelect,
                max: g.maxSelect,
                values: g.options.map((o) => ({
                  sku: o.sku,
                  name: o.name,
                  price: o.priceMinor,
                  enabled: o.available,
                })),
              })),
            })),
          },
          timeoutMs: options.timeoutMs,
        },
      );
    },
    async readMenu(storeId) {
      const menu = await callMarketplace<{ data: Array<{ sku: string; price: number }> }>(
        options.apiUrl,
        `${options.apiUrl}/venues/${encodeURIComponent(storeId)}/menu`,
        { method: 'GET', headers, timeoutMs: options.timeoutMs },
      );
      return menu.data.map((i) => ({ sku: i.sku, priceMinor: i.price }));
    },
    async setAvailability(storeId, a) {
      const venue = `${options.apiUrl}/venues/${encodeURIComponent(storeId)}`;
      const call = (path: string, body: unknown) =>
        callMarketplace(options.apiUrl, `${venue}/${path}`, {
          method: 'PATCH',
          headers,
          body,
          timeoutMs: options.timeoutMs,
        });
      await call('online', { status: a.mode === 'paused' ? 'OFFLINE' : 'ONLINE' });
      await call('preparation-time', { extra_minutes: a.extraPrepMinutes });
    },
    async sendStatus(orderId, status, reason) {
      const path = { accepted: 'accept', denied: 'reject', ready: 'ready', cancelled: 'reject' }[
        status
      ];
      await callMarketplace(
        options.apiUrl,
        `${options.apiUrl}/orders/${encodeURIComponent(orderId)}/${path}`,
        {
          method: 'PUT',
          headers,
          body: status === 'denied' || status === 'cancelled' ? { reason: reason ?? status } : {},
          timeoutMs: options.timeoutMs,
        },
      );
    },
  };
}

const toOrderData = (o: WoltOrder): OrderData => ({
  displayId: o.order_number,
  customerName: o.consumer_name ?? null,
  totalMinor: o.price.amount,
  currency: o.price.currency,
  placedAt: o.created_at,
  items: o.items.map((i) => ({
    sku: i.pos_id ?? '',
    name: i.name,
    quantity: i.count,
    unitPriceMinor: i.item_price.unit_price.amount,
    note: null,
    modifiers: (i.options ?? []).map((m) => ({
      sku: m.pos_id ?? '',
      name: m.name,
      priceMinor: m.price.amount,
    })),
  })),
});
