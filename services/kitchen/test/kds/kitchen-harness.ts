import { newId, OrderItemsFiredV1, OrderItemVoidedV1 } from '../../../../libs/contracts/src';
import type { BusProbe } from '../../../../libs/testing/src';
import { call } from '../../../../test/support/http-client';

export interface Place {
  tenantId: string;
  locationId: string;
}

export interface FiredItem {
  lineId?: string;
  productId?: string;
  categoryId?: string | null;
  name?: string;
  quantity?: number;
  modifiers?: string[];
  modifierOptionIds?: string[];
  allergens?: string[];
  notes?: string | null;
  course?: number | null;
  seat?: number | null;
}

/** Publishes `order.items-fired.v1` as orders does; returns the order and its line ids. */
export async function fireItems(
  bus: BusProbe,
  place: Place,
  orderNumber: number,
  items: FiredItem[],
  extra: {
    diningAreaId?: string | null;
    tableLabel?: string | null;
    channel?: 'qr' | 'pos' | 'phone';
  } = {},
) {
  const orderId = newId();
  const lines = items.map((i) => ({
    lineId: i.lineId ?? newId(),
    productId: i.productId ?? newId(),
    categoryId: i.categoryId ?? null,
    name: i.name ?? 'Käsespätzle',
    quantity: i.quantity ?? 1,
    notes: i.notes ?? null,
    modifiers: i.modifiers ?? [],
    modifierOptionIds: i.modifierOptionIds ?? [],
    allergens: i.allergens ?? [],
    seat: i.seat ?? null,
    course: i.course ?? null,
    source: extra.channel ?? 'qr',
  }));
  await bus.publish(
    OrderItemsFiredV1.create(
      { ...place, aggregateId: orderId, aggregateVersion: 1, correlationId: newId() },
      {
        orderId,
        orderNumber,
        fireId: newId(),
        type: 'dine_in',
        channel: extra.channel ?? 'qr',
        tableLabel: extra.tableLabel === undefined ? String(orderNumber % 100) : extra.tableLabel,
        customerName: null,
        diningAreaId: extra.diningAreaId ?? null,
        items: lines,
        firedAt: new Date().toISOString(),
      },
    ),
  );
  return { orderId, lineIds: lines.map((l) => l.lineId) };
}

/** Publishes `order.item-voided.v1` for units cancelled after fire. */
export async function voidAfterFire(
  bus: BusProbe,
  place: Place,
  order: { orderId: string; orderNumber: number; lineId: string; name: string },
  quantity: number,
) {
  await bus.publish(
    OrderItemVoidedV1.create(
      { ...place, aggregateId: order.orderId, aggregateVersion: 2, correlationId: newId() },
      {
        orderId: order.orderId,
        orderNumber: order.orderNumber,
        lineId: order.lineId,
        productId: newId(),
        name: order.name,
        voidedLineId: newId(),
        quantity,
        afterFire: true,
        reason: 'guest_changed_mind',
        note: null,
        voidedBy: `user:${newId()}`,
        approvedBy: null,
        total: { amountMinor: 0, currency: 'EUR' },
        voidedAt: new Date().toISOString(),
      },
    ),
  );
}

/** Creates a station through the API; returns its id. */
export async function addStation(
  kitchenUrl: string,
  place: Place,
  manager: Record<string, string>,
  code: string,
  options: { isDefault?: boolean; receivesAll?: boolean } = {},
): Promise<string> {
  const res = await call(
    'POST',
    `${kitchenUrl}/v1/locations/${place.locationId}/stations`,
    { code, name: code[0]!.toUpperCase() + code.slice(1), ...options },
    manager,
  );
  if (res.status !== 201)
    throw new Error(`station ${code}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function addRule(
  kitchenUrl: string,
  place: Place,
  manager: Record<string, string>,
  rule: Record<string, string>,
): Promise<void> {
  const res = await call(
    'POST',
    `${kitchenUrl}/v1/locations/${place.locationId}/routing-rules`,
    rule,
    manager,
  );
  if (res.status !== 201) throw new Error(`rule: ${res.status} ${JSON.stringify(res.body)}`);
}
