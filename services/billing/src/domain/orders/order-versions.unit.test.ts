import type { BillableOrder } from './billable-order';
import { OrderViewBehindError } from './billable-order.errors';
import { assertInStep, hasApplied, isNewest, settle } from './order-versions';

const anOrder = (appliedVersions: number[]) =>
  ({
    orderId: 'o',
    lines: [
      {
        status: 'active',
        comped: false,
        total: { amountMinor: 700, currency: 'EUR' },
      },
      { status: 'cancelled', comped: false, total: { amountMinor: 300, currency: 'EUR' } },
      { status: 'active', comped: true, total: { amountMinor: 200, currency: 'EUR' } },
    ],
    totalMinor: -1,
    appliedVersions,
    orderVersion: Math.max(0, ...appliedVersions),
  }) as BillableOrder;

describe('order versions', () => {
  it('when a late older version is settled, then it counts as applied and the newest stays', () => {
    const order = anOrder([1, 4]);

    settle(order, 3);

    expect([hasApplied(order, 3), hasApplied(order, 2), order.orderVersion]).toEqual([
      true,
      false,
      4,
    ]);
    expect([isNewest(order, 3), isNewest(order, 5)]).toEqual([false, true]);
  });

  it('when settled, then the total is the charged sum of the lines', () => {
    const order = anOrder([1]);

    settle(order);

    expect(order.totalMinor).toBe(700);
    expect(order.appliedVersions).toEqual([1]);
  });

  it('when the lines charge other than orders, then the view is behind', () => {
    const order = anOrder([1]);
    settle(order);

    expect(() => assertInStep(order, 700)).not.toThrow();
    expect(() => assertInStep(order, 701)).toThrow(OrderViewBehindError);
  });
});
