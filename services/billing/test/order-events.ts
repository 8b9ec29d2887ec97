import {
  newId,
  OrderCancelledV1,
  OrderDetailsChangedV1,
  OrderItemCompedV1,
  OrderItemVoidedV1,
  OrderLinesAddedV1,
  OrderLinesMovedV1,
  OrderPlacedV1,
  type OrderLine,
} from '../../../libs/contracts/src';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const now = () => new Date().toISOString();
const by = 'user:01934f6e-0015-7a00-8b00-000000000015';

/** A priced line of `quantity` units at `unitMinor` cents. */
export function aLine(quantity: number, unitMinor: number, name = 'Käsespätzle'): OrderLine {
  return {
    lineId: newId(),
    productId: newId(),
    name,
    quantity,
    unitPrice: eur(unitMinor),
    taxRateBps: 1900,
    total: eur(unitMinor * quantity),
    notes: null,
    modifiers: [],
    seat: null,
    course: null,
    source: 'pos',
    round: 1,
    comped: false,
  };
}

/**
 * The events orders would publish about one order, each at the version the test names and
 * with the order's total after it (the test states it, to the cent).
 */
export function anOrder(
  owner: { tenantId: string; locationId: string } = { tenantId: newId(), locationId: newId() },
) {
  const orderId = newId();
  const orderNumber = 40 + Math.floor(Math.random() * 1000);
  const ctx = (version: number) => ({
    ...owner,
    aggregateId: orderId,
    aggregateVersion: version,
    correlationId: newId(),
  });
  return {
    ...owner,
    orderId,
    orderNumber,
    placed: (version: number, lines: OrderLine[], totalMinor: number) =>
      OrderPlacedV1.create(ctx(version), {
        orderId,
        orderNumber,
        type: 'dine_in',
        channel: 'pos',
        tableLabel: '12',
        customerName: null,
        lines,
        total: eur(totalMinor),
        placedAt: now(),
      }),
    linesAdded: (version: number, round: number, lines: OrderLine[], totalMinor: number) =>
      OrderLinesAddedV1.create(ctx(version), {
        orderId,
        orderNumber,
        round,
        lines: lines.map((l) => ({ ...l, round })),
        total: eur(totalMinor),
        addedAt: now(),
      }),
    voided: (
      version: number,
      taken: { line: OrderLine; voidedLineId?: string; quantity: number },
      totalMinor: number,
    ) =>
      OrderItemVoidedV1.create(ctx(version), {
        orderId,
        orderNumber,
        lineId: taken.line.lineId,
        productId: taken.line.productId,
        name: taken.line.name,
        quantity: taken.quantity,
        voidedLineId: taken.voidedLineId ?? taken.line.lineId,
        afterFire: true,
        reason: 'quality',
        note: null,
        voidedBy: by,
        approvedBy: newId(),
        total: eur(totalMinor),
        voidedAt: now(),
      }),
    comped: (
      version: number,
      taken: { line: OrderLine; compedLineId?: string; quantity: number },
      totalMinor: number,
    ) =>
      OrderItemCompedV1.create(ctx(version), {
        orderId,
        orderNumber,
        lineId: taken.line.lineId,
        quantity: taken.quantity,
        compedLineId: taken.compedLineId ?? taken.line.lineId,
        value: eur(taken.line.unitPrice.amountMinor * taken.quantity),
        reason: 'long_wait',
        note: null,
        compedBy: by,
        approvedBy: newId(),
        total: eur(totalMinor),
        compedAt: now(),
      }),
    cancelled: (version: number, mergedIntoOrderId: string | null = null) =>
      OrderCancelledV1.create(ctx(version), {
        orderId,
        orderNumber,
        reason: mergedIntoOrderId ? 'merged' : 'guest_changed_mind',
        note: null,
        mergedIntoOrderId,
        cancelledBy: by,
        approvedBy: null,
        cancelledAt: now(),
      }),
    detailsChanged: (
      version: number,
      details: { guestCount: number | null; alias?: string; customerName?: string },
    ) =>
      OrderDetailsChangedV1.create(ctx(version), {
        orderId,
        guestCount: details.guestCount,
        alias: details.alias ?? null,
        customerName: details.customerName ?? null,
        tableLabel: '12',
        tableSessionId: newId(),
        changedAt: now(),
      }),
    /** Lines of this order moved onto `to` (the event is the target's, at its `version`). */
    moved: (
      to: { orderId: string; orderNumber: number },
      version: number,
      move: { lines: OrderLine[]; fromTotalMinor: number; toTotalMinor: number; isNew: boolean },
    ) =>
      OrderLinesMovedV1.create(
        { ...owner, aggregateId: to.orderId, aggregateVersion: version, correlationId: newId() },
        {
          kind: move.isNew ? 'transfer' : 'merge',
          fromOrderId: orderId,
          toOrderId: to.orderId,
          toOrderNumber: to.orderNumber,
          toTableLabel: '9',
          toOrderIsNew: move.isNew,
          toOrderType: 'dine_in',
          lineIds: move.lines.map((l) => l.lineId),
          fromTotal: eur(move.fromTotalMinor),
          toTotal: eur(move.toTotalMinor),
          movedBy: by,
          movedAt: now(),
        },
      ),
  };
}
export type TestOrder = ReturnType<typeof anOrder>;
