/**
 * The order an event is about: its payload's `orderId`, or the aggregate of an `order.*`
 * event. Undefined when it names none (a station, a menu).
 */
export function orderIdOf(type: string, event: Record<string, unknown>): string | undefined {
  const payload = event.payload as Record<string, unknown> | undefined;
  if (payload && typeof payload.orderId === 'string') return payload.orderId;
  if (type.startsWith('order.') && typeof event.aggregateId === 'string') return event.aggregateId;
  return undefined;
}
