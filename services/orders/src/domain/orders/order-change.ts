import type { Envelope } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { Order } from './order';

/** One row of an order's append-only event log. */
export interface OrderLogEntry {
  /** The order's version after this change; numbers the log without gaps. */
  version: number;
  type: string;
  /** Who did it: an actor key (`user:…`, `apikey:…`) or the service reacting to an event. */
  actor: string;
  approvedBy: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  at: Date;
}

/**
 * What one use case does to one order: each recorded fact bumps the version and adds a log
 * row; the events for other services go with it. Committed together by `commitChange`.
 */
export class OrderChange {
  readonly log: OrderLogEntry[] = [];
  readonly events: Envelope[] = [];

  constructor(
    readonly order: Order,
    readonly actor: string,
    readonly now: Date,
  ) {}

  record(
    type: string,
    data: Record<string, unknown>,
    options: { reason?: string | null; approvedBy?: string | null } = {},
  ): void {
    this.order.version += 1;
    this.log.push({
      version: this.order.version,
      type,
      actor: this.actor,
      approvedBy: options.approvedBy ?? null,
      reason: options.reason ?? null,
      data,
      at: this.now,
    });
  }

  /** The envelope context of an event about this order, at its current version. */
  eventContext() {
    return {
      tenantId: this.order.tenantId,
      locationId: this.order.locationId,
      aggregateId: this.order.id,
      aggregateVersion: this.order.version,
      occurredAt: this.now,
      ...traceFromContext(),
    };
  }

  publish(...events: Envelope[]): void {
    this.events.push(...events);
  }
}
