import type { Envelope, FiscalPushStatus } from '@brigade/contracts';
import type { Clock } from '@brigade/core';
import type { FiscalPos } from './fiscal-pos';
import type { FiscalPush, OperatorAction } from './fiscal-push';
import type { PosConnectionRepository } from './pos-connection';

export interface FiscalPushRepository {
  /** Stores it unless the bill has a push already; returns whether it did. */
  insertIfNew(push: FiscalPush): Promise<boolean>;
  find(id: string): Promise<FiscalPush | undefined>;
  /** The push locked until the transaction ends. */
  lock(id: string): Promise<FiscalPush | undefined>;
  findByBill(billId: string): Promise<FiscalPush | undefined>;
  findByPosKey(posKey: string): Promise<FiscalPush | undefined>;
  save(push: FiscalPush): Promise<void>;
  list(filter: {
    tenantId: string;
    status?: FiscalPushStatus;
    orderId?: string;
    locationId?: string;
    limit: number;
  }): Promise<FiscalPush[]>;
  /** At the POS but not final, quiet since `before` (neither polled nor pushed since). */
  awaitingReceipt(before: Date, limit: number): Promise<FiscalPush[]>;
  /** Pending and untouched since `before`: their queue entry may be lost. */
  pendingSince(before: Date, limit: number): Promise<FiscalPush[]>;
  countByStatus(status: FiscalPushStatus): Promise<Array<{ tenantId: string; count: number }>>;
  /** Notes a poll of the register, touching nothing else. */
  markPolled(id: string, at: Date): Promise<void>;
  addAction(action: OperatorAction): Promise<void>;
  actionsOf(pushId: string): Promise<OperatorAction[]>;
}

export interface PosAdapterDeps {
  pushes: FiscalPushRepository;
  /** The location's fiscal register. */
  posFor(locationId: string): Promise<FiscalPos>;
  posConnections: PosConnectionRepository;
  clock: Clock;
  newId(): string;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  outbox: { add(events: Envelope[]): Promise<void> };
  /** Queues an attempt at the push (after the current transaction commits). */
  queuePush(push: { id: string; queueJobId: string }): void;
  /** Makes sure these pushes' queue entries exist (a lost enqueue, a queue that gave up). */
  requeuePushes(pushes: Array<{ id: string; queueJobId: string }>): Promise<void>;
}
