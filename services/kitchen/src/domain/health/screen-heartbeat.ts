import type { Actor } from '@brigade/core';
import { stationFor } from '../kds/station-access';
import type { KitchenDeps } from '../ports';
import type { Station } from '../routing/station';
import { recordHeartbeat } from './record-heartbeat';

/** A KDS page says it is alive (every few seconds while open). */
export async function screenHeartbeat(
  deps: KitchenDeps,
  caller: Actor,
  stationId: string,
  body: { device: string; name?: string },
): Promise<Station> {
  const station = await stationFor(deps, caller, stationId);
  const seen = await recordHeartbeat(deps, station.id, {
    kind: 'screen',
    device: `screen:${body.device}`,
    name: body.name ?? 'KDS',
  });
  return seen ?? station;
}
