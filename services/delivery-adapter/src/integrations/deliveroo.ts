import { AppError } from '@brigade/core';
import type { MarketplaceApi } from '../domain/ports';
import { callMarketplace } from './marketplace-http';

/**
 * Deliveroo sends the whole order in its webhook, so there is nothing to fetch. Status goes
 * back by `PATCH /order/v1/orders/{id}` (accepted, rejected), `sync_status` (the order
 * reached our system) and `prep_stage` (ready for collection).
 */
export function deliverooApi(options: {
  apiUrl: string;
  token: string;
  timeoutMs: number;
}): MarketplaceApi {
  const headers = { authorization: `Bearer ${options.token}` };
  const call = (method: string, path: string, body: unknown) =>
    callMarketplace(options.apiUrl, `${options.apiUrl}/order/v1/orders/${path}`, {
      method,
      headers,
      body,
      timeoutMs: options.timeoutMs,
    });
  return {
    fetchOrder: () =>
      Promise.reject(
        new AppError('nothing-to-fetch', 500, 'Deliveroo orders come whole in their webhook', {
          retryable: false,
        }),
      ),
    async publishMenu(storeId, items) {
      // One menu per site, named by it; the brand is the restaurant group's (here the store).
      const site = encodeURIComponent(storeId);
      await callMarketplace(
        options.apiUrl,
        `${options.apiUrl}/menu/v1/brands/${site}/menus/${site}`,
        {
          method: 'PUT',
          headers,
          body: {
            name: 'Brigade',
            site_ids: [storeId],
            menu: {
              items: items.map((i) => ({
                id: i.sku,
                name: { de: i.name },
                price_info: { price: i.priceMinor },
                is_available: i.available,
                modifiers: i.modifierGroups.map((g) => ({
                  name: { de: g.name },
                  min_selection: g.minSelect,
                  max_selection: g.maxSelect,
                  items: g.options.map((o) => ({
                    id: o.sku,
                    name: { de: o.name },
                    price_info: { price: o.priceMinor },
                    is_available: o.available,
                  })),
                })),
              })),
            },
          },
          timeoutMs: options.timeoutMs,
        },
      );
    },
    async readMenu(storeId) {
      const site = encodeURIComponent(storeId);
      const menu = await callMarketplace<{
        menu: { items: Array<{ id: string; price_info: { price: number } }> };
      }>(options.apiUrl, `${options.apiUrl}/menu/v1/brands/${site}/menus/${site}`, {
        method: 'GET',
        headers,
        timeoutMs: options.timeoutMs,
      });
      return menu.menu.items.map((i) => ({ sku: i.id, priceMinor: i.price_info.price }));
    },
    async setAvailability(storeId, a) {
      await callMarketplace(
        options.apiUrl,
        `${options.apiUrl}/site/v1/locations/${encodeURIComponent(storeId)}/status`,
        {
          method: 'PUT',
          headers,
          body: {
            status: { online: 'OPEN', busy: 'BUSY', paused: 'CLOSED' }[a.mode],
            prep_time_minutes: a.extraPrepMinutes,
          },
          timeoutMs: options.timeoutMs,
        },
      );
    },
    async sendStatus(orderId, status, reason) {
      const id = encodeURIComponent(orderId);
      const at = new Date().toISOString();
      if (status === 'accepted') {
        await call('PATCH', id, { status: 'accepted' });
        await call('POST', `${id}/sync_status`, { status: 'succeeded', occurred_at: at });
      }
      if (status === 'denied' || status === 'cancelled')
        await call('PATCH', id, { status: 'rejected', reject_reason: reason ?? 'other' });
      if (status === 'ready')
        await call('POST', `${id}/prep_stage`, { stage: 'ready_for_collection', occurred_at: at });
    },
  };
}
