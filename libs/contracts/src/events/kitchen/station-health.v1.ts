import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

const StationHealth = z.object({
  stationId: Id,
  /** Short code (`grill`); tickets and printers name their station by it. */
  code: z.string().min(1),
  name: z.string().min(1),
  /** The last heartbeat of any screen or printer of the station. */
  lastSeenAt: z.iso.datetime().nullable(),
  /** What waits at the station: open tickets and units not ready yet. */
  ticketsWaiting: z.number().int().min(0),
  unitsWaiting: z.number().int().min(0),
  changedAt: z.iso.datetime(),
});

/** No screen and no printer of a station was heard from for the configured time. */
export const KitchenStationOfflineV1 = defineEvent({
  type: 'kitchen.station-offline.v1',
  aggregate: 'station',
  description:
    'A kitchen station went silent: none of its screens or printers sent a heartbeat within the configured time. Its tickets are kept and queued; staff apps warn that orders wait.',
  payload: StationHealth,
});
export type KitchenStationOfflineV1 = EventOf<typeof KitchenStationOfflineV1>;

/** A station that was offline was heard from again. */
export const KitchenStationOnlineV1 = defineEvent({
  type: 'kitchen.station-online.v1',
  aggregate: 'station',
  description: 'A kitchen station that was offline sent a heartbeat again.',
  payload: StationHealth,
});
export type KitchenStationOnlineV1 = EventOf<typeof KitchenStationOnlineV1>;
