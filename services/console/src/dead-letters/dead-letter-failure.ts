import { eventRegistry } from '@brigade/contracts';
import { classifyDeadLetter } from '../domain/classify';
import type { DeadLetterProperties, NewFailure } from '../domain/failure';
import { maskPayload } from '../domain/mask';
import { orderIdOf } from '../domain/order-of';

/** What a dead letter is to an operator: its tenant, order, cause and masked content. */
export function deadLetterFailure(
  queue: string,
  key: string,
  content: Buffer,
  properties: DeadLetterProperties,
): NewFailure {
  const headers = properties.headers;
  const reason = str(headers['x-brigade-reason']);
  const deathReason = firstDeath(headers);
  const error =
    str(headers['x-brigade-error']) ??
    (deathReason ? `the broker dead-lettered it (${deathReason})` : 'dead-lettered');
  const failedAt = new Date(str(headers['x-brigade-failed-at']) ?? Date.now());
  const attempts = Number(headers['x-brigade-attempt'] ?? 0) + 1;
  let envelope: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(content.toString('utf8'));
    if (parsed && typeof parsed === 'object') envelope = parsed as Record<string, unknown>;
  } catch {
    envelope = undefined;
  }
  const type = str(envelope?.type) ?? properties.type ?? 'unknown';
  const uuid = (v: unknown) => (typeof v === 'string' && UUID.test(v) ? v : null);
  return {
    sourceKey: `dead-letter:${queue}:${key}`,
    source: 'dead-letter',
    tenantId: uuid(envelope?.tenantId),
    locationId: uuid(envelope?.locationId),
    orderId: envelope ? uuid(orderIdOf(type, envelope)) : null,
    service: queue.split('.')[0]!,
    subject: `${queue} · ${type}`,
    cause: classifyDeadLetter(reason, error),
    error,
    attempts,
    lastFailedAt: Number.isNaN(failedAt.getTime()) ? new Date() : failedAt,
    payload: maskPayload(envelope ?? { unparsable: content.toString('utf8').slice(0, 2_000) }),
    origin: {
      kind: 'dead-letter',
      queue,
      content: content.toString('base64'),
      properties,
    },
  };
}

/** Whether a type is one of ours: a fixed dead letter must still be a valid event. */
export const knownEventType = (type: string): type is keyof typeof eventRegistry =>
  Object.hasOwn(eventRegistry, type);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);

function firstDeath(headers: Record<string, unknown>): string | undefined {
  const deaths = headers['x-death'];
  if (!Array.isArray(deaths) || deaths.length === 0) return undefined;
  return str((deaths[0] as { reason?: unknown }).reason);
}
