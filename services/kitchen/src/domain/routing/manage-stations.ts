import type { CreateStationRequest, UpdateStationRequest } from '@brigade/contracts';
import { assertAccess, ConflictError, requireRole, type Actor } from '@brigade/core';
import type { z } from 'zod';
import { stationFor } from '../kds/station-access';
import type { KitchenDeps } from '../ports';
import type { Station } from './station';

/** A new station; the first of a location is its default whatever was asked. */
export async function createStation(
  deps: KitchenDeps,
  caller: Actor,
  locationId: string,
  input: z.infer<typeof CreateStationRequest>,
): Promise<Station> {
  requireRole(caller, 'manager');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  return deps.transaction(async () => {
    const existing = await deps.stations.list(locationId);
    const station: Station = {
      id: deps.newId(),
      tenantId: caller.tenantId,
      locationId,
      code: input.code,
      name: input.name,
      isDefault: false,
      receivesAll: input.receivesAll,
      health: 'unknown',
      lastSeenAt: null,
      createdAt: deps.clock.now(),
    };
    if (!(await deps.stations.insert(station))) {
      throw new ConflictError('station-code-taken', `A station ${input.code} exists here`);
    }
    if (input.isDefault || existing.length === 0) {
      await deps.stations.makeDefault(station.id);
      station.isDefault = true;
    }
    return station;
  });
}

export async function listStations(deps: KitchenDeps, caller: Actor, locationId: string) {
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  return (await deps.stations.list(locationId)).filter((s) => s.tenantId === caller.tenantId);
}

export async function updateStation(
  deps: KitchenDeps,
  caller: Actor,
  stationId: string,
  input: z.infer<typeof UpdateStationRequest>,
): Promise<Station> {
  requireRole(caller, 'manager');
  const station = await stationFor(deps, caller, stationId);
  return deps.transaction(async () => {
    const changed = {
      ...station,
      name: input.name ?? station.name,
      receivesAll: input.receivesAll ?? station.receivesAll,
    };
    await deps.stations.update(changed);
    if (input.isDefault) await deps.stations.makeDefault(station.id);
    return { ...changed, isDefault: station.isDefault || input.isDefault === true };
  });
}

/** A new screen key for the station; the old one stops working. Shown once. */
export async function issueScreenKey(
  deps: KitchenDeps,
  caller: Actor,
  stationId: string,
): Promise<{ station: Station; screenKey: string }> {
  requireRole(caller, 'manager');
  const station = await stationFor(deps, caller, stationId);
  const screenKey = deps.screenKeys.generate();
  await deps.stations.setScreenKeyHash(station.id, deps.screenKeys.hash(screenKey));
  return { station, screenKey };
}
