import { AsyncLocalStorage } from 'node:async_hooks';

/** What is stamped on every log line and carried into every message we publish. */
export interface RequestContext {
  correlationId: string;
  causationId?: string;
  requestId?: string;
  messageId?: string;
  jobId?: string;
  tenantId?: string;
  locationId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `ctx` as the current context (merged over the outer one). */
export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...ctx }, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Adds fields to the current context, for instance the tenant once it is known. */
export function enrichContext(fields: Partial<RequestContext>): void {
  const store = storage.getStore();
  if (store) Object.assign(store, fields);
}

/**
 * Correlation and causation for something raised now: the correlation id travels on,
 * the cause is the message or request being handled.
 */
export function traceFromContext(): { correlationId: string; causationId: string | null } {
  const ctx = storage.getStore();
  return {
    correlationId: ctx?.correlationId ?? crypto.randomUUID(),
    causationId: ctx?.messageId ?? ctx?.requestId ?? null,
  };
}
