import { assertTransition, canTransition, statusesLeadingTo } from './order-status';

describe('order status', () => {
  it.each([
    ['draft', 'sent_to_kitchen', true],
    ['draft', 'cancelled', true],
    ['sent_to_kitchen', 'served', true],
    ['served', 'paid', true],
    ['draft', 'paid', false],
    ['paid', 'cancelled', false],
    ['cancelled', 'draft', false],
    ['sent_to_kitchen', 'draft', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('when a transition is not allowed, then throws order-status-invalid', () => {
    expect(() => assertTransition('paid', 'draft')).toThrow(
      expect.objectContaining({ type: 'order-status-invalid' }),
    );
  });

  it('when asked what leads to sent_to_kitchen, then only draft does', () => {
    expect(statusesLeadingTo('sent_to_kitchen')).toEqual(['draft']);
  });
});
