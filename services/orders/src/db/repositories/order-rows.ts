import type { Channel, OrderType } from '@brigade/contracts';
import type { PricedModifier } from '../../domain/menu/ports';
import type { ItemStatus, Order, OrderLine, OrderStatus } from '../../domain/orders/order';

/** The columns of `orders` as SQL returns them. */
export interface OrderRow {
  id: string;
  tenant_id: string;
  location_id: string;
  order_number: number;
  type: string;
  channel: string;
  status: string;
  table_label: string | null;
  table_session_id: string | null;
  dining_area_id: string | null;
  customer_name: string | null;
  guest_count: number | null;
  alias: string | null;
  merged_into_order_id: string | null;
  cancel_reason: string | null;
  rounds: number;
  total_minor: number;
  currency: string;
  version: number;
  created_at: Date;
}

/** The columns of `order_items`; also the shape written through jsonb_to_recordset. */
export interface LineRow {
  id: string;
  order_id: string;
  tenant_id: string;
  position: number;
  product_id: string;
  category_id: string | null;
  name: string;
  quantity: number;
  base_unit_price_minor: number;
  unit_price_minor: number;
  price_rule: string | null;
  modifiers: PricedModifier[];
  tax_rate_bps: number;
  total_minor: number;
  notes: string | null;
  allergens: string[];
  seat: number | null;
  course: number | null;
  round: number;
  source: string;
  added_by: string | null;
  held: boolean;
  fired_at: Date | string | null;
  fire_id: string | null;
  sent_at: Date | string | null;
  status: string;
  comped: boolean;
  comp_reason: string | null;
  void_reason: string | null;
}

/** The record definition of `LineRow` for jsonb_to_recordset. */
export const LINE_RECORD = `id uuid, order_id uuid, tenant_id uuid, position int, product_id uuid,
  category_id uuid, name text, quantity int, base_unit_price_minor int, unit_price_minor int,
  price_rule text, modifiers jsonb, tax_rate_bps int, total_minor int, notes text, allergens text[], seat int,
  course int, round int, source text, added_by text, held boolean, fired_at timestamptz,
  fire_id uuid, sent_at timestamptz, status text, comped boolean, comp_reason text,
  void_reason text`;

export const LINE_COLUMNS = `id, order_id, tenant_id, position, product_id, category_id, name,
  quantity, base_unit_price_minor, unit_price_minor, price_rule, modifiers, tax_rate_bps,
  total_minor, notes, allergens, seat, course, round, source, added_by, held, fired_at, fire_id, sent_at,
  status, comped, comp_reason, void_reason`;

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

export function toLineRows(order: Order): LineRow[] {
  return order.lines.map((l, position) => ({
    id: l.id,
    order_id: order.id,
    tenant_id: order.tenantId,
    position,
    product_id: l.productId,
    category_id: l.categoryId,
    name: l.name,
    quantity: l.quantity,
    base_unit_price_minor: l.baseUnitPriceMinor,
    unit_price_minor: l.unitPriceMinor,
    price_rule: l.priceRule,
    modifiers: l.modifiers,
    tax_rate_bps: l.taxRateBps,
    total_minor: l.totalMinor,
    notes: l.notes,
    allergens: l.allergens,
    seat: l.seat,
    course: l.course,
    round: l.round,
    source: l.source,
    added_by: l.addedBy,
    held: l.held,
    fired_at: l.firedAt,
    fire_id: l.fireId,
    sent_at: l.sentAt,
    status: l.status,
    comped: l.comped,
    comp_reason: l.compReason,
    void_reason: l.voidReason,
  }));
}

export function toOrder(row: OrderRow, lines: LineRow[]): Order {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    locationId: row.location_id,
    orderNumber: row.order_number,
    type: row.type as OrderType,
    channel: row.channel as Channel,
    status: row.status as OrderStatus,
    tableLabel: row.table_label,
    tableSessionId: row.table_session_id,
    diningAreaId: row.dining_area_id,
    customerName: row.customer_name,
    guestCount: row.guest_count,
    alias: row.alias,
    mergedIntoOrderId: row.merged_into_order_id,
    cancelReason: row.cancel_reason,
    rounds: row.rounds,
    totalMinor: row.total_minor,
    currency: row.currency,
    version: row.version,
    createdAt: row.created_at,
    lines: lines.map(toLine),
  };
}

function toLine(r: LineRow): OrderLine {
  return {
    id: r.id,
    productId: r.product_id,
    categoryId: r.category_id,
    name: r.name,
    quantity: r.quantity,
    baseUnitPriceMinor: r.base_unit_price_minor,
    unitPriceMinor: r.unit_price_minor,
    priceRule: r.price_rule,
    modifiers: r.modifiers,
    taxRateBps: r.tax_rate_bps,
    totalMinor: r.total_minor,
    notes: r.notes,
    allergens: r.allergens,
    seat: r.seat,
    course: r.course,
    round: r.round,
    source: r.source as Channel,
    addedBy: r.added_by ?? 'unknown',
    held: r.held,
    firedAt: date(r.fired_at),
    fireId: r.fire_id,
    sentAt: date(r.sent_at),
    status: r.status as ItemStatus,
    comped: r.comped,
    compReason: r.comp_reason,
    voidReason: r.void_reason,
  };
}
