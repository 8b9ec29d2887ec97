import type { OrderData } from '../domain/marketplace';
import type { MarketplaceApi } from '../domain/ports';
import { callMarketplace } from './marketplace-http';

interface UberMoney {
  amount: number;
  currency_code: string;
}
interface UberOrder {
  display_id: string;
  placed_at: string;
  eater?: { first_name?: string };
  cart: {
    items: Array<{
      external_data?: string;
      title: string;
      quantity: number;
      special_instructions?: string;
      price: { unit_price: UberMoney };
      selected_modifier_groups?: Array<{
        selected_items?: Array<{
          external_data?: string;
          title: string;
          price: { unit_price: UberMoney };
        }>;
      }>;
    }>;
  };
  payment: { charges: { total: UberMoney } };
}

/** Uber Eats' Order API with the app's bearer token. */
export function uberEatsApi(options: {
  apiUrl: string;
  token: string;
  timeoutMs: number;
}): MarketplaceApi {
  const headers = { authorization: `Bearer ${options.token}` };
  return {
    async fetchOrder(resourceUrl) {
      const o = await callMarketplace<UberOrder>(options.apiUrl, resourceUrl, {
        method: 'GET',
        headers,
        timeoutMs: options.timeoutMs,
      });
      return toOrderData(o);
    },
    async publishMenu(storeId, items) {
      await callMarketplace(
        options.apiUrl,
        `${options.apiUrl}/v2/eats/stores/${encodeURIComponent(storeId)}/menus`,
        {
          method: 'PUT',
          headers,
          body: {
            items: items.map((i) => ({
              id: i.sku,
              external_data: i.sku,
              title: { translations: { de: i.name } },
              price_info: { price: i.priceMinor },
              modifier_groups: i.modifierGroups.map((g) => ({
                title: { translations: { de: g.name } },
                quantity_info: {
                  quantity: { min_permitted: g.minSelect, max_permitted: g.maxSelect },
                },
                modifier_options: g.options.map((o) => ({
                  external_data: o.sku,
                  title: { translations: { de: o.name } },
                  price_info: { price: o.priceMinor },
                  suspended: !o.available,
                })),
              })),
              suspension_info: i.available
                ? null
                : {
                    suspension: {
                      suspend_until: i.availableAgainAt
                        ? Math.floor(Date.parse(i.availableAgainAt) / 1000)
                        : 0,
                    },
                  },
            })),
          },
          timeoutMs: options.timeoutMs,
        },
      );
    },
    async readMenu(storeId) {
      const menu = await callMarketplace<{
        items: Array<{ external_data: string; price_info: { price: number } }>;
      }>(options.apiUrl, `${options.apiUrl}/v2/eats/stores/${encodeURIComponent(storeId)}/menus`, {
        method: 'GET',
        headers,
        timeoutMs: options.timeoutMs,
      });
      return menu.items.map((i) => ({ sku: i.external_data, priceMinor: i.price_info.price }));
    },
    async setAvailability(storeId, a) {
      await callMarketplace(
        options.apiUrl,
        `${options.apiUrl}/v1/eats/stores/${encodeURIComponent(storeId)}/status`,
        {
          method: 'POST',
          headers,
          body: {
            status: a.mode === 'paused' ? 'PAUSED' : 'ONLINE',
            reason: a.mode === 'paused' ? 'BUSY' : undefined,
            prep_time_offset_minutes: a.extraPrepMinutes,
          },
          timeoutMs: options.timeoutMs,
        },
      );
    },
    async sendStatus(orderId, status, reason) {
      const base = `${options.apiUrl}/v1/eats/orders/${encodeURIComponent(orderId)}`;
      const call = (path: string, body: unknown) =>
        callMarketplace(options.apiUrl, `${base}/${path}`, {
          method: 'POST',
          headers,
          body,
          timeoutMs: options.timeoutMs,
        });
      if (status === 'accepted') await call('accept_pos_order', { reason: 'accepted' });
      if (status === 'denied')
        await call('deny_pos_order', {
          reason: { explanation: reason ?? 'denied', code: 'ITEM_AVAILABILITY' },
        });
      if (status === 'ready') await call('ready', {});
      if (status === 'cancelled')
        await call('cancel', { reason: 'OTHER', details: reason ?? 'cancelled' });
    },
  };
}

const toOrderData = (o: UberOrder): OrderData => ({
  displayId: o.display_id,
  customerName: o.eater?.first_name ?? null,
  totalMinor: o.payment.charges.total.amount,
  currency: o.payment.charges.total.currency_code,
  placedAt: o.placed_at,
  items: o.cart.items.map((i) => ({
    sku: i.external_data ?? '',
    name: i.title,
    quantity: i.quantity,
    unitPriceMinor: i.price.unit_price.amount,
    note: i.special_instructions || null,
    modifiers: (i.selected_modifier_groups ?? []).flatMap((g) =>
      (g.selected_items ?? []).map((m) => ({
        sku: m.external_data ?? '',
        name: m.title,
        priceMinor: m.price.unit_price.amount,
      })),
    ),
  })),
});
