import { ValidationError } from '@brigade/core';
import { z } from 'zod';
import type { Marketplace, OrderData } from '../marketplace';

/** What a verified webhook says, whichever marketplace sent it. */
export interface Notice {
  eventId: string;
  /** Null for events that are not about an order we take. */
  marketplaceOrderId: string | null;
  kind: 'new-order' | 'cancelled' | 'other';
  storeId: string | null;
  /** Where to fetch the order (Uber Eats, Wolt), or the order itself (Deliveroo). */
  resourceUrl: string | null;
  data: OrderData | null;
}

const UberNotice = z.object({
  event_id: z.string().min(1).max(200),
  event_type: z.string(),
  meta: z
    .object({ resource_id: z.string().min(1).max(200), user_id: z.string().max(200) })
    .partial(),
  resource_href: z.string().max(2000).optional(),
});

const WoltNotice = z.object({
  id: z.string().min(1).max(200),
  type: z.string(),
  order: z
    .object({
      id: z.string().min(1).max(200),
      venue_id: z.string().max(200),
      status: z.string(),
      resource_url: z.string().max(2000),
    })
    .partial({ venue_id: true })
    .optional(),
});

const Fractional = z.object({ fractional: z.number().int(), currency_code: z.string().length(3) });
const DeliverooNotice = z.object({
  event: z.string(),
  body: z.object({
    order: z.object({
      id: z.string().min(1).max(200),
      order_number: z.string().max(100),
      location_id: z.string().max(200),
      customer: z.object({ first_name: z.string().nullable().optional() }).optional(),
      total_price: Fractional,
      items: z.array(
        z.object({
          pos_item_id: z.string().max(200),
          name: z.string().max(300),
          quantity: z.number().int().min(1),
          unit_price: Fractional,
          modifiers: z
            .array(z.object({ pos_item_id: z.string(), name: z.string(), unit_price: Fractional }))
            .default([]),
        }),
      ),
    }),
  }),
});

const DeliverooUpdate = z.object({
  event: z.string(),
  body: z.object({
    order: z.object({ id: z.string().min(1).max(200), status: z.string().optional() }),
  }),
});

const parse = <T extends z.ZodType>(schema: T, body: unknown): z.infer<T> => {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ValidationError(
      result.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })),
    );
  }
  return result.data;
};

const CANCEL_EVENTS = ['orders.cancel', 'orders.failure', 'cancel_order'];

const NEW_ORDER_EVENTS: Record<Marketplace, readonly string[]> = {
  'uber-eats': ['orders.notification', 'orders.scheduled.notification'],
  wolt: ['order.notification'],
  deliveroo: ['order.new', 'new_order'],
};

/** A verified webhook body, read as its marketplace writes it. */
export function noticeOf(marketplace: Marketplace, body: unknown, sequenceGuid?: string): Notice {
  if (marketplace === 'uber-eats') {
    const n = parse(UberNotice, body);
    const isNew = NEW_ORDER_EVENTS[marketplace].includes(n.event_type);
    const cancelled = CANCEL_EVENTS.includes(n.event_type);
    return {
      eventId: n.event_id,
      marketplaceOrderId: n.meta.resource_id ?? null,
      kind: isNew ? 'new-order' : cancelled ? 'cancelled' : 'other',
      storeId: n.meta.user_id ?? null,
      resourceUrl: n.resource_href ?? null,
      data: null,
    };
  }
  if (marketplace === 'wolt') {
    const n = parse(WoltNotice, body);
    const isNew = n.type === 'order.notification' && n.order?.status === 'CREATED';
    const cancelled = n.type === 'order.notification' && n.order?.status === 'CANCELED';
    return {
      eventId: n.id,
      marketplaceOrderId: n.order?.id ?? null,
      kind: isNew ? 'new-order' : cancelled ? 'cancelled' : 'other',
      storeId: n.order?.venue_id ?? null,
      resourceUrl: n.order?.resource_url ?? null,
      data: null,
    };
  }
  const event = parse(z.object({ event: z.string() }).loose(), body).event;
  if (!NEW_ORDER_EVENTS.deliveroo.includes(event)) {
    const n = parse(DeliverooUpdate, body);
    const cancelled = event === 'cancel_order' || n.body.order.status === 'canceled';
    return {
      eventId: sequenceGuid ?? `${event}:${n.body.order.id}:${n.body.order.status ?? ''}`,
      marketplaceOrderId: n.body.order.id,
      kind: cancelled ? 'cancelled' : 'other',
      storeId: null,
      resourceUrl: null,
      data: null,
    };
  }
  const n = parse(DeliverooNotice, body);
  const o = n.body.order;
  return {
    eventId: sequenceGuid ?? `${n.event}:${o.id}`,
    marketplaceOrderId: o.id,
    kind: NEW_ORDER_EVENTS.deliveroo.includes(n.event) ? 'new-order' : 'other',
    storeId: o.location_id,
    resourceUrl: null,
    data: {
      displayId: o.order_number,
      customerName: o.customer?.first_name ?? null,
      totalMinor: o.total_price.fractional,
      currency: o.total_price.currency_code,
      placedAt: new Date().toISOString(),
      items: o.items.map((i) => ({
        sku: i.pos_item_id,
        name: i.name,
        quantity: i.quantity,
        unitPriceMinor: i.unit_price.fractional,
        note: null,
        modifiers: i.modifiers.map((m) => ({
          sku: m.pos_item_id,
          name: m.name,
          priceMinor: m.unit_price.fractional,
        })),
      })),
    },
  };
}
