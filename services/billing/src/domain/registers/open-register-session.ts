import type { OpenRegisterSessionRequest } from '@brigade/contracts';
import { actorKey, type Actor } from '@brigade/core';
import { fiscalDayForSale } from '../fiscal-days/fiscal-day-for-sale';
import type { BillingDeps } from '../ports';
import { sumOf, type RegisterSession } from './register';
import { denominationsMismatch, registerSessionOpen } from './register.errors';
import { registerFor } from './register-access';

/**
 * Opens a session on the register with its float, counted coin by coin. It belongs to the
 * fiscal day for sale, which it opens when nobody did.
 */
export async function openRegisterSession(
  deps: BillingDeps,
  caller: Actor,
  registerId: string,
  input: OpenRegisterSessionRequest,
): Promise<RegisterSession> {
  const register = await registerFor(deps, caller, registerId);
  const counted = sumOf(input.denominations);
  if (counted !== input.openingFloatMinor) {
    throw denominationsMismatch('openingFloatMinor', counted, input.openingFloatMinor);
  }
  return deps.transaction(async () => {
    const day = await fiscalDayForSale(deps, register);
    const session: RegisterSession = {
      id: deps.newId(),
      registerId,
      tenantId: register.tenantId,
      locationId: register.locationId,
      fiscalDayId: day.id,
      status: 'open',
      openingFloatMinor: input.openingFloatMinor,
      openingDenominations: input.denominations,
      openedBy: actorKey(caller),
      openedAt: deps.clock.now(),
      expectedMinor: null,
      countedMinor: null,
      countedDenominations: null,
      differenceMinor: null,
      differenceReason: null,
      closedBy: null,
      closedAt: null,
    };
    if (!(await deps.registers.insertSession(session))) throw registerSessionOpen();
    return session;
  });
}
