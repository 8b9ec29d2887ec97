import type { Denominations, MovementKind } from '@brigade/contracts';

export interface CashRegister {
  id: string;
  tenantId: string;
  locationId: string;
  name: string;
  createdAt: Date;
}

export type RegisterSessionStatus = 'open' | 'closed';

/** A drawer's shift: from the float counted in to the cash counted out. */
export interface RegisterSession {
  id: string;
  registerId: string;
  tenantId: string;
  locationId: string;
  fiscalDayId: string;
  status: RegisterSessionStatus;
  openingFloatMinor: number;
  openingDenominations: Denominations;
  openedBy: string;
  openedAt: Date;
  expectedMinor: number | null;
  countedMinor: number | null;
  countedDenominations: Denominations | null;
  differenceMinor: number | null;
  differenceReason: string | null;
  closedBy: string | null;
  closedAt: Date | null;
}

export interface CashMovement {
  id: string;
  sessionId: string;
  kind: MovementKind;
  amountMinor: number;
  reason: string | null;
  createdBy: string;
  createdAt: Date;
}

/** What went through a drawer, as stored: the inputs of its expected cash. */
export interface CashFlows {
  openingFloatMinor: number;
  /** Paid cash payments: amount and tip (the change went back out). */
  cashSalesMinor: number;
  /** Refunded cash refunds. */
  cashRefundsMinor: number;
  movements: Record<MovementKind, number>;
}

/** The cash a drawer should hold. */
export function expectedCash(f: CashFlows): number {
  const m = f.movements;
  return (
    f.openingFloatMinor +
    f.cashSalesMinor -
    f.cashRefundsMinor +
    m.cash_in -
    m.cash_out -
    m.safe_drop -
    m.tips_out
  );
}

export const sumOf = (denominations: Denominations): number =>
  denominations.reduce((sum, d) => sum + d.valueMinor * d.count, 0);
