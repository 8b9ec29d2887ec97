import { actorKey, assertAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { Availability, BusyRules, Marketplace, MarketplaceStore } from '../marketplace';
import type { DeliveryDeps } from '../ports';

type Wanted = Pick<Availability, 'mode' | 'extraPrepMinutes' | 'source' | 'until'>;

/**
 * The store's availability changed (or not): written with a new version under the store's
 * lock, and the marketplace told after commit; an update already superseded is not sent.
 */
async function change(
  deps: DeliveryDeps,
  marketplace: Marketplace,
  storeId: string,
  wanted: Wanted,
  allowed: (current: Availability) => boolean = () => true,
): Promise<MarketplaceStore | undefined> {
  return deps.transaction(async () => {
    const store = await deps.marketplaces.lockStore(marketplace, storeId);
    // Checked again under the lock: staff may have set it since it was read.
    if (!store || !allowed(store.availability)) return store;
    const a = store.availability;
    const same =
      a.mode === wanted.mode &&
      a.extraPrepMinutes === wanted.extraPrepMinutes &&
      a.source === wanted.source &&
      a.until?.getTime() === wanted.until?.getTime();
    if (same) return store;
    const next: Availability = { ...wanted, version: a.version + 1 };
    await deps.marketplaces.saveAvailability(marketplace, storeId, next);
    deps.queueAvailability(store, next.version);
    return { ...store, availability: next };
  });
}

/** Staff pause the store, make it busy (extra prep time) or open it again, optionally for a while. */
export async function setAvailability(
  deps: DeliveryDeps,
  caller: Actor,
  locationId: string,
  marketplace: Marketplace,
  input: { mode: Availability['mode']; extraPrepMinutes: number; forMinutes?: number },
): Promise<MarketplaceStore> {
  requireRole(caller, 'manager', 'kitchen');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  const store = (await deps.marketplaces.storesOf(locationId)).find(
    (s) => s.marketplace === marketplace && s.tenantId === caller.tenantId,
  );
  if (!store) throw new NotFoundError(`The location's ${marketplace} store`);
  const until = input.forMinutes
    ? new Date(deps.clock.now().getTime() + input.forMinutes * 60_000)
    : null;
  const changed = await change(deps, marketplace, store.storeId, {
    mode: input.mode,
    extraPrepMinutes: input.mode === 'busy' ? input.extraPrepMinutes : 0,
    source: 'manual',
    until,
  });
  return changed!;
}

export async function setBusyRules(
  deps: DeliveryDeps,
  caller: Actor,
  locationId: string,
  input: Pick<BusyRules, 'busyAtUnits' | 'pauseAtUnits' | 'calmBelowUnits' | 'extraPrepMinutes'>,
): Promise<BusyRules> {
  requireRole(caller, 'manager');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  const rules: BusyRules = {
    ...input,
    locationId,
    tenantId: caller.tenantId,
    updatedBy: actorKey(caller),
    updatedAt: deps.clock.now(),
  };
  await deps.marketplaces.saveBusyRules(rules);
  return rules;
}

/**
 * Every few seconds: a manual setting whose time is up goes back online, and where the
 * location has rules, its kitchen load decides: paused at `pauseAtUnits` units waiting,
 * busy (extra prep) at `busyAtUnits`, online again below `calmBelowUnits` (the gap keeps it
 * from flapping). A manual setting is left alone while it lasts.
 */
export async function watchBusy(deps: DeliveryDeps): Promise<{ changed: number }> {
  const now = deps.clock.now();
  const loads = new Map<string, Promise<number>>();
  let changed = 0;
  for (const store of await deps.marketplaces.storesWithAvailability()) {
    const a = store.availability;
    const expired = expiredAt(a, now);
    const rules = await deps.marketplaces.busyRulesOf(store.locationId);
    let wanted: Wanted | undefined = expired
      ? { mode: 'online', extraPrepMinutes: 0, source: 'auto', until: null }
      : undefined;
    const governed = governedAt(a, now);
    if (rules && governed) {
      if (!loads.has(store.locationId))
        loads.set(store.locationId, deps.kitchenLoad(store.tenantId, store.locationId));
      const units = await loads.get(store.locationId)!;
      const current = wanted?.mode ?? a.mode;
      const mode =
        rules.pauseAtUnits !== null && units >= rules.pauseAtUnits
          ? 'paused'
          : rules.busyAtUnits !== null && units >= rules.busyAtUnits
            ? 'busy'
            : units < rules.calmBelowUnits
              ? 'online'
              : current;
      wanted = {
        mode,
        extraPrepMinutes: mode === 'busy' ? rules.extraPrepMinutes : 0,
        source: 'auto',
        until: null,
      };
    }
    const allowed = (current: Availability) => governedAt(current, now);
    if (!wanted) continue;
    const after = await change(deps, store.marketplace, store.storeId, wanted, allowed);
    if (after && after.availability.version !== a.version) changed += 1;
  }
  return { changed };
}

/** A manual setting whose time is up. */
const expiredAt = (a: Availability, now: Date) =>
  a.source === 'manual' && a.until !== null && a.until <= now;

/** The rules decide: the setting is theirs, or nobody set one, or a manual one ran out. */
const governedAt = (a: Availability, now: Date) =>
  expiredAt(a, now) || a.source === 'auto' || (a.mode === 'online' && a.until === null);

/** One availability update to the marketplace; one superseded meanwhile is not sent. */
export async function sendAvailability(
  deps: DeliveryDeps,
  marketplace: Marketplace,
  storeId: string,
  version: number,
): Promise<'sent' | 'superseded'> {
  const store = await deps.marketplaces.findStore(marketplace, storeId);
  if (!store || store.availability.version !== version) return 'superseded';
  await deps.apis[marketplace].setAvailability(storeId, store.availability);
  return 'sent';
}
