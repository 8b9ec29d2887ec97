import { eventRegistry, putSkuMappingsRoute, type FailureActionRequest } from '@brigade/contracts';
import { RuleViolationError, ValidationError } from '@brigade/core';
import { z } from 'zod';
import { knownEventType } from '../dead-letters/dead-letter-failure';
import type { Failure } from './failure';
import type { SkuMapping } from './ports';

// What an operator's fix-and-resend carries, checked before anything is sent.

/** A dead letter with its payload replaced, still valid for its event type. */
export function fixedDeadLetter(f: Failure, request: FailureActionRequest): Buffer {
  if (f.origin.kind !== 'dead-letter') throw new Error('not a dead letter');
  if (!request.payload)
    throw new ValidationError([{ field: 'payload', message: 'the corrected payload is required' }]);
  let envelope: Record<string, unknown>;
  try {
    envelope = JSON.parse(Buffer.from(f.origin.content, 'base64').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    throw new RuleViolationError('action-not-possible', 'The dead letter is not JSON: discard it');
  }
  const type = String(envelope.type);
  if (!knownEventType(type))
    throw new RuleViolationError('action-not-possible', `Unknown event type ${type}: discard it`);
  const candidate = { ...envelope, payload: request.payload };
  const parsed = (eventRegistry[type].schema as z.ZodType).safeParse(candidate);
  if (!parsed.success)
    throw new ValidationError(
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      'The corrected event is still not valid',
    );
  return Buffer.from(JSON.stringify(candidate));
}

// The same body delivery-adapter takes: its own route's schema.
const Mappings = putSkuMappingsRoute.request.body;

/** The SKU mappings a marketplace order's fix carries, or a 400 naming the field. */
export function mappingsOf(request: FailureActionRequest): SkuMapping[] {
  const parsed = Mappings.safeParse(request.payload ?? {});
  if (!parsed.success)
    throw new ValidationError(
      parsed.error.issues.map((i) => ({
        field: ['payload', ...i.path].join('.'),
        message: i.message,
      })),
    );
  return parsed.data.mappings;
}
