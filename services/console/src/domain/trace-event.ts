import type { Envelope } from '@brigade/contracts';
import { orderIdOf } from './order-of';
import type { ConsoleDeps } from './ports';

/** Which service raises an event, by its type. */
export function serviceOf(type: string): string {
  if (type === 'order.paid.v1') return 'billing';
  if (type === 'order.fiscalized.v1' || type.startsWith('pos.')) return 'pos-adapter';
  if (/^(bill|payment|fiscal-day)\./.test(type)) return 'billing';
  if (type.startsWith('kitchen.')) return 'kitchen';
  if (type.startsWith('marketplace.')) return 'delivery-adapter';
  return 'orders';
}

const TOLD = [
  'status',
  'reason',
  'kind',
  'method',
  'station',
  'printerName',
  'attempts',
  'lastError',
  'detail',
] as const;

/** One line about an event for the trace: the fields an operator reads first. */
export function summarize(event: Envelope): string {
  const p = event.payload as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of TOLD) {
    const v = p[key];
    if (v !== undefined && v !== null && typeof v !== 'object') parts.push(`${key}: ${String(v)}`);
  }
  const amount = (p.amount ?? p.total) as { amountMinor?: number; currency?: string } | undefined;
  if (amount?.amountMinor !== undefined)
    parts.push(`${(amount.amountMinor / 100).toFixed(2)} ${amount.currency ?? ''}`.trim());
  return parts.join(', ');
}

/** Keeps an event that names an order in that order's trace (once, by its id). */
export async function traceEvent(deps: ConsoleDeps, event: Envelope): Promise<void> {
  const orderId = orderIdOf(event.type, event as unknown as Record<string, unknown>);
  if (!orderId) return;
  await deps.trace.record({
    eventId: event.id,
    orderId,
    tenantId: event.tenantId,
    type: event.type,
    service: serviceOf(event.type),
    summary: summarize(event),
    occurredAt: new Date(event.occurredAt),
  });
}
