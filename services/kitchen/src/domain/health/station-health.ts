import { KitchenStationOfflineV1, KitchenStationOnlineV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { KitchenDeps } from '../ports';
import type { Station } from '../routing/station';
import { stationTopic } from '../tickets/ticket-feed';

/**
 * A station's health changed: its screens are told, and staff apps hear
 * `kitchen.station-offline.v1` or `kitchen.station-online.v1` (with what waits there),
 * in the transaction that changed it. From `unknown` to online is no news for staff.
 */
export async function announceHealth(
  deps: KitchenDeps,
  station: Station,
  from: Station['health'],
  now: Date,
): Promise<void> {
  const load = (await deps.tickets.load(station.locationId)).find(
    (l) => l.station === station.code,
  );
  const payload = {
    stationId: station.id,
    code: station.code,
    name: station.name,
    lastSeenAt: station.lastSeenAt?.toISOString() ?? null,
    ticketsWaiting: load?.ticketsWaiting ?? 0,
    unitsWaiting: load?.unitsWaiting ?? 0,
    changedAt: now.toISOString(),
  };
  await deps.screens.append({
    tenantId: station.tenantId,
    locationId: station.locationId,
    topic: stationTopic(station.code),
    type: 'station.health',
    subjectId: station.id,
    data: { ...payload, health: station.health },
  });
  const event =
    station.health === 'offline'
      ? KitchenStationOfflineV1
      : from === 'offline'
        ? KitchenStationOnlineV1
        : undefined;
  if (!event) return;
  await deps.outbox.add([
    event.create(
      {
        tenantId: station.tenantId,
        locationId: station.locationId,
        aggregateId: station.id,
        // Health changes of one station are ordered by their time.
        aggregateVersion: Math.max(1, Math.floor(now.getTime() / 1000)),
        occurredAt: now,
        ...traceFromContext(),
      },
      payload,
    ),
  ]);
}
