import { z } from 'zod';
import { Envelope, EVENT_TYPE_PATTERN } from './envelope';
import { newId } from './shared/ids';

/** What a producer knows when it raises an event; the rest of the envelope is filled in. */
export interface EventContext {
  tenantId: string;
  locationId: string;
  aggregateId: string;
  aggregateVersion: number;
  correlationId: string;
  causationId?: string | null;
  occurredAt?: Date;
}

export interface EventContract<T extends string, P extends z.ZodType> {
  readonly type: T;
  readonly aggregate: string;
  readonly description: string;
  readonly payload: P;
  /** The whole message: envelope with this payload. */
  readonly schema: z.ZodType<Envelope<z.infer<P>>>;
  /** Validates the payload and builds a complete envelope. */
  create(ctx: EventContext, payload: z.input<P>): Envelope<z.infer<P>>;
  /** Validates an incoming message; throws a ZodError when it is not this event. */
  parse(message: unknown): Envelope<z.infer<P>>;
}

export type EventOf<C> = C extends EventContract<string, infer P> ? Envelope<z.infer<P>> : never;

/** One schema per event gives its runtime validation, its TypeScript type and its docs. */
export function defineEvent<T extends string, P extends z.ZodType>(def: {
  type: T;
  aggregate: string;
  description: string;
  payload: P;
}): EventContract<T, P> {
  if (!EVENT_TYPE_PATTERN.test(def.type)) throw new Error(`bad event type name: ${def.type}`);
  const schema = Envelope.extend({ type: z.literal(def.type), payload: def.payload }).meta({
    id: def.type,
    description: def.description,
  }) as unknown as z.ZodType<Envelope<z.infer<P>>>;
  return {
    ...def,
    schema,
    create(ctx, payload) {
      return {
        id: newId(),
        type: def.type,
        occurredAt: (ctx.occurredAt ?? new Date()).toISOString(),
        tenantId: ctx.tenantId,
        locationId: ctx.locationId,
        aggregateId: ctx.aggregateId,
        aggregateVersion: ctx.aggregateVersion,
        correlationId: ctx.correlationId,
        causationId: ctx.causationId ?? null,
        payload: def.payload.parse(payload),
      };
    },
    parse: (message) => schema.parse(message),
  };
}
