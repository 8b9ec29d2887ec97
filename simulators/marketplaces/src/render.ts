import { randomUUID } from 'node:crypto';
import type { SimOrder } from './marketplace';

const money = (minor: number) => ({ amount: minor, currency_code: 'EUR' });
const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Uber Eats' `orders.notification`: a thin event with the order to fetch. */
export const uberNotification = (o: SimOrder, origin: string) => ({
  event_id: randomUUID(),
  event_time: epoch(o.placedAt),
  event_type: 'orders.notification',
  meta: { resource_id: o.id, status: 'pos', user_id: o.storeId },
  resource_href: `${origin}/uber-eats/v1/eats/orders/${o.id}`,
});

/** Uber Eats' order, as `GET /v1/eats/orders/{order_id}` answers it. */
export const uberOrder = (o: SimOrder) => ({
  id: o.id,
  display_id: o.displayId,
  current_state: o.status,
  placed_at: o.placedAt,
  store: { id: o.storeId },
  eater: { first_name: o.customerName },
  cart: {
    items: o.items.map((i, n) => ({
      id: `${o.id}-${n}`,
      external_data: i.sku,
      title: i.name,
      quantity: i.quantity,
      price: { unit_price: money(i.unitPriceMinor) },
      special_instructions: i.note ?? '',
      selected_modifier_groups: [
        {
          selected_items: (i.modifiers ?? []).map((m) => ({
            external_data: m.sku,
            title: m.name,
            quantity: 1,
            price: { unit_price: money(m.priceMinor ?? 0) },
          })),
        },
      ],
    })),
  },
  payment: { charges: { total: money(o.totalMinor) } },
});

/** Wolt's `order.notification`: id, status and where to fetch the order. */
export const woltNotification = (o: SimOrder, origin: string) => ({
  id: randomUUID(),
  type: 'order.notification',
  order: {
    id: o.id,
    venue_id: o.storeId,
    status: 'CREATED',
    resource_url: `${origin}/wolt/orders/${o.id}`,
  },
  created_at: o.placedAt,
});

export const woltOrder = (o: SimOrder) => ({
  id: o.id,
  venue: { id: o.storeId },
  order_number: o.displayId,
  order_status: o.status,
  type: 'instant',
  consumer_name: o.customerName,
  created_at: o.placedAt,
  price: { amount: o.totalMinor, currency: 'EUR' },
  items: o.items.map((i, n) => ({
    id: `${o.id}-${n}`,
    pos_id: i.sku,
    name: i.name,
    count: i.quantity,
    item_price: { unit_price: { amount: i.unitPriceMinor, currency: 'EUR' } },
    options: (i.modifiers ?? []).map((m) => ({
      pos_id: m.sku,
      name: m.name,
      value: m.name,
      price: { amount: m.priceMinor ?? 0, currency: 'EUR' },
    })),
  })),
});

/** Deliveroo's `order.new`: the whole order in the event (confirm within 10 minutes). */
export const deliverooNewOrder = (o: SimOrder) => ({
  event: 'order.new',
  body: {
    order: {
      id: o.id,
      order_number: o.displayId,
      location_id: o.storeId,
      status: 'placed',
      asap: true,
      confirm_at: new Date(Date.parse(o.placedAt) + 10 * 60_000).toISOString(),
      customer: { first_name: o.customerName },
      total_price: { fractional: o.totalMinor, currency_code: 'EUR' },
      items: o.items.map((i) => ({
        pos_item_id: i.sku,
        name: i.name,
        quantity: i.quantity,
        unit_price: { fractional: i.unitPriceMinor, currency_code: 'EUR' },
        modifiers: (i.modifiers ?? []).map((m) => ({
          pos_item_id: m.sku,
          name: m.name,
          unit_price: { fractional: m.priceMinor ?? 0, currency_code: 'EUR' },
        })),
      })),
    },
  },
});

/** The marketplace cancelled the order (the guest, the courier, its own deadline). */
export function cancellation(o: SimOrder, origin: string): object {
  if (o.marketplace === 'uber-eats')
    return {
      ...uberNotification(o, origin),
      event_type: 'orders.cancel',
      meta: { resource_id: o.id, status: 'canceled', user_id: o.storeId },
    };
  if (o.marketplace === 'wolt') {
    const n = woltNotification(o, origin);
    return { ...n, order: { ...n.order, status: 'CANCELED' } };
  }
  return { event: 'order.status_update', body: { order: { id: o.id, status: 'canceled' } } };
}
