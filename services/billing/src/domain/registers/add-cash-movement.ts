import type { CashMovementRequest } from '@brigade/contracts';
import { actorKey, RuleViolationError, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { CashMovement } from './register';
import { registerSessionClosed } from './register.errors';
import { sessionFor } from './register-access';

/** Cash put into or taken out of a drawer; money in or out for another reason says why. */
export async function addCashMovement(
  deps: BillingDeps,
  caller: Actor,
  sessionId: string,
  input: CashMovementRequest,
): Promise<CashMovement> {
  if ((input.kind === 'cash_in' || input.kind === 'cash_out') && !input.reason) {
    throw new RuleViolationError('reason-required', `A ${input.kind} needs a reason`, [
      { field: 'reason', message: `required for ${input.kind}` },
    ]);
  }
  return deps.transaction(async () => {
    const session = await sessionFor(deps, caller, sessionId, true);
    if (session.status !== 'open') throw registerSessionClosed();
    const movement: CashMovement = {
      id: deps.newId(),
      sessionId,
      kind: input.kind,
      amountMinor: input.amountMinor,
      reason: input.reason ?? null,
      createdBy: actorKey(caller),
      createdAt: deps.clock.now(),
    };
    await deps.registers.insertMovement(movement);
    return movement;
  });
}
