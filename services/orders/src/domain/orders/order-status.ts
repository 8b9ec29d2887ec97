import { RuleViolationError } from '@brigade/core';
import type { OrderStatus } from './order';

/** Which order status may follow which. */
const transitions: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['sent_to_kitchen', 'cancelled'],
  sent_to_kitchen: ['partially_served', 'served', 'paid', 'cancelled'],
  partially_served: ['served', 'paid', 'cancelled'],
  served: ['paid'],
  paid: [],
  cancelled: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return transitions[from].includes(to);
}

/** Every status from which `to` may follow. */
export function statusesLeadingTo(to: OrderStatus): OrderStatus[] {
  return (Object.keys(transitions) as OrderStatus[]).filter((from) => canTransition(from, to));
}

export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw new RuleViolationError(
      'order-status-invalid',
      `An order cannot go from ${from} to ${to}`,
    );
  }
}
