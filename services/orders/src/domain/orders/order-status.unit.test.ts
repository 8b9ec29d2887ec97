import type { Order, OrderLine } from './order';
import { advancesItem, assertOpen, deriveStatus } from './order-status';

const line = (over: Partial<OrderLine> = {}): OrderLine =>
  ({ status: 'pending', sentAt: null, firedAt: null, ...over }) as OrderLine;
const order = (status: Order['status'], lines: OrderLine[]): Order => ({ status, lines }) as Order;

describe('order status follows its lines', () => {
  it.each([
    ['nothing fired', [line()], 'draft'],
    ['a ticket confirmed', [line({ sentAt: new Date() }), line()], 'sent_to_kitchen'],
    ['a line being cooked', [line({ status: 'preparing' })], 'sent_to_kitchen'],
    [
      'one of two served',
      [line({ status: 'served' }), line({ status: 'ready' })],
      'partially_served',
    ],
    ['all served', [line({ status: 'served' }), line({ status: 'served' })], 'served'],
    [
      'served and a voided one',
      [line({ status: 'served' }), line({ status: 'cancelled' })],
      'served',
    ],
    [
      'a new round after everything was served',
      [line({ status: 'served' }), line()],
      'partially_served',
    ],
    ['every line voided', [line({ status: 'cancelled' })], 'draft'],
  ] as const)('when %s, then the order is %s', (_case, lines, expected) => {
    expect(deriveStatus(order('draft', [...lines]))).toBe(expected);
  });

  it.each(['paid', 'cancelled'] as const)(
    'when the order is %s, then its lines no longer move it',
    (status) => {
      expect(deriveStatus(order(status, [line({ status: 'served' })]))).toBe(status);
      expect(() => assertOpen(order(status, []))).toThrow(
        expect.objectContaining({ type: 'order-closed' }),
      );
    },
  );

  it('when kitchen events arrive late, then an item only moves forward and a voided one never moves', () => {
    expect(advancesItem(line({ status: 'ready' }), 'preparing')).toBe(false);
    expect(advancesItem(line({ status: 'ready' }), 'served')).toBe(true);
    expect(advancesItem(line({ status: 'cancelled' }), 'served')).toBe(false);
  });
});
