import { NotFoundError } from '@brigade/core';
import type { BillingDeps } from '../ports';
import { settingsOf } from '../settings/settings-of';
import {
  registerRequired,
  registerSessionNotOpen,
  registerSessionRequired,
} from './register.errors';

/**
 * The open register session a cash or card tender (or cash refund) is recorded on,
 * share-locked until the caller's transaction ends: a concurrent close waits for the
 * tender, and a tender after a close finds the session closed. Named register: its open
 * session. Otherwise the location's only open session; none at all is fine (null) unless
 * the location requires an open register.
 */
export async function registerSessionForTender(
  deps: BillingDeps,
  owner: { tenantId: string; locationId: string },
  registerId?: string,
): Promise<{ id: string } | null> {
  return deps.transaction(async () => {
    if (registerId !== undefined) {
      const register = await deps.registers.findRegister(registerId);
      if (
        !register ||
        register.tenantId !== owner.tenantId ||
        register.locationId !== owner.locationId
      ) {
        throw new NotFoundError('The register');
      }
      const session = await deps.registers.lockOpenSessionOf(registerId);
      if (!session) throw registerSessionNotOpen();
      return { id: session.id };
    }
    const open = await deps.registers.lockOpenSessionsAt(owner.locationId);
    if (open.length === 1) return { id: open[0]!.id };
    if (open.length > 1) throw registerRequired(open.length);
    if ((await settingsOf(deps, owner.locationId)).requireOpenRegister) {
      throw registerSessionRequired();
    }
    return null;
  });
}
