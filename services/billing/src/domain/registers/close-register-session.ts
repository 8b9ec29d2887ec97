import type { CloseRegisterSessionRequest } from '@brigade/contracts';
import { actorKey, RuleViolationError, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import { expectedCash, sumOf } from './register';
import { denominationsMismatch, registerSessionClosed } from './register.errors';
import type { SessionWithCash } from './read-register-sessions';
import { sessionFor } from './register-access';

/**
 * Closes a session with the cash counted. The session is locked for update first, so a
 * tender still recording on it (share lock) commits before the expected cash is summed,
 * and none can follow. A difference between counted and expected cash needs a reason.
 */
export async function closeRegisterSession(
  deps: BillingDeps,
  caller: Actor,
  sessionId: string,
  input: CloseRegisterSessionRequest,
): Promise<SessionWithCash> {
  if (input.denominations) {
    const counted = sumOf(input.denominations);
    if (counted !== input.countedMinor) {
      throw denominationsMismatch('countedMinor', counted, input.countedMinor);
    }
  }
  return deps.transaction(async () => {
    const open = await sessionFor(deps, caller, sessionId, true);
    if (open.status !== 'open') throw registerSessionClosed();
    const flows = await deps.registers.cashFlowsOf(sessionId);
    const expectedMinor = expectedCash(flows);
    const differenceMinor = input.countedMinor - expectedMinor;
    if (differenceMinor !== 0 && !input.differenceReason) {
      throw new RuleViolationError(
        'difference-reason-required',
        `Counted ${input.countedMinor}, expected ${expectedMinor}: say why they differ`,
        [{ field: 'differenceReason', message: `required for a difference of ${differenceMinor}` }],
      );
    }
    const session = {
      ...open,
      status: 'closed' as const,
      expectedMinor,
      countedMinor: input.countedMinor,
      countedDenominations: input.denominations ?? null,
      differenceMinor,
      differenceReason: input.differenceReason ?? null,
      closedBy: actorKey(caller),
      closedAt: deps.clock.now(),
    };
    await deps.registers.close(session);
    return { session, flows };
  });
}
