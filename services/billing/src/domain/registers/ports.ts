import type { CashFlows, CashMovement, CashRegister, RegisterSession } from './register';

export interface RegisterRepository {
  /** false when the location has a register of that name. */
  insertRegister(register: CashRegister): Promise<boolean>;
  findRegister(id: string): Promise<CashRegister | undefined>;
  /** The location's registers by name, after `afterName` when given. */
  listRegisters(
    owner: { tenantId: string; locationId: string },
    limit: number,
    afterName?: string,
  ): Promise<CashRegister[]>;
  /** false when the register has an open session already. */
  insertSession(session: RegisterSession): Promise<boolean>;
  findSession(id: string): Promise<RegisterSession | undefined>;
  /**
   * The session locked until the transaction ends: `update` to change it, `share` to
   * record takings on it (a close waits for them, and they for a close).
   */
  lockSession(id: string, mode: 'update' | 'share'): Promise<RegisterSession | undefined>;
  /** The register's open session, share-locked. */
  lockOpenSessionOf(registerId: string): Promise<RegisterSession | undefined>;
  /** The location's open sessions, share-locked. */
  lockOpenSessionsAt(locationId: string): Promise<RegisterSession[]>;
  countOpenSessionsAt(locationId: string): Promise<number>;
  /** The register's sessions newest first, older than `beforeId` (ids grow with time). */
  listSessions(registerId: string, limit: number, beforeId?: string): Promise<RegisterSession[]>;
  /** The sessions of a fiscal day, oldest first. */
  listSessionsOfDay(fiscalDayId: string): Promise<RegisterSession[]>;
  cashFlowsOf(sessionId: string): Promise<CashFlows>;
  insertMovement(movement: CashMovement): Promise<void>;
  close(session: RegisterSession): Promise<void>;
}
