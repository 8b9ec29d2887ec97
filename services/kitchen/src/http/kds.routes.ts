import {
  bumpTicketRoute,
  prepTimesRoute,
  recallTicketRoute,
  setItemStatusRoute,
  stationBoardRoute,
  stationHeartbeatRoute,
  watchStationRoute,
} from '@brigade/contracts';
import type { Logger } from '@brigade/core';
import { LiveFeed, type Db } from '@brigade/db';
import { actorOf, mountRoute, parseRequest, streamFeed } from '@brigade/http';
import type { Router } from 'express';
import { screenHeartbeat } from '../domain/health/screen-heartbeat';
import { stationFor } from '../domain/kds/station-access';
import { stationBoard } from '../domain/kds/station-board';
import { ALLERGEN_LABELS } from '../domain/printing/allergen-labels';
import { bumpTicket, recallTicket, setItemStatus } from '../domain/kds/ticket-progress';
import type { KitchenDeps } from '../domain/ports';
import { prepTimes } from '../domain/tickets/prep-times';
import { stationTopic } from '../domain/tickets/ticket-feed';
import { ticketView } from '../domain/tickets/ticket-view';
import { toStationResponse } from './stations.routes';

export const kdsRoutes = [
  stationBoardRoute,
  stationHeartbeatRoute,
  watchStationRoute,
  setItemStatusRoute,
  bumpTicketRoute,
  recallTicketRoute,
  prepTimesRoute,
];

export function mountKdsRoutes(
  router: Router,
  deps: KitchenDeps,
  { db, log }: { db: Db; log: Logger },
): LiveFeed {
  // One per process: every screen's stream shares its LISTEN connection and poll.
  const feed = new LiveFeed({ db, log });
  mountRoute(router, stationBoardRoute, async ({ params }, req) => {
    const board = await stationBoard(deps, actorOf(req), params.stationId);
    return {
      station: toStationResponse(board.station),
      tickets: board.tickets.map(ticketView),
      recentlyBumped: board.recentlyBumped.map(ticketView),
      allDay: board.allDay,
      allergenLabels: ALLERGEN_LABELS,
    };
  });
  router.get(watchStationRoute.path, async (req, res) => {
    const { params, query } = parseRequest(watchStationRoute, req);
    const station = await stationFor(deps, actorOf(req), params.stationId);
    const scope = {
      tenantId: station.tenantId,
      locationId: station.locationId,
      topics: [stationTopic(station.code)],
    };
    await streamFeed(req, res, feed, scope, { log, after: query.after, retryMs: 1_000 });
  });
  mountRoute(router, stationHeartbeatRoute, async ({ params, body }, req) =>
    toStationResponse(await screenHeartbeat(deps, actorOf(req), params.stationId, body)),
  );
  mountRoute(router, setItemStatusRoute, async ({ params, body }, req) =>
    ticketView(
      await setItemStatus(deps, actorOf(req), params.ticketId, params.itemId, body.status),
    ),
  );
  mountRoute(router, bumpTicketRoute, async ({ params }, req) =>
    ticketView(await bumpTicket(deps, actorOf(req), params.ticketId)),
  );
  mountRoute(router, recallTicketRoute, async ({ params }, req) =>
    ticketView(await recallTicket(deps, actorOf(req), params.ticketId)),
  );
  mountRoute(router, prepTimesRoute, async ({ params, query }, req) => {
    const since = new Date(deps.clock.now().getTime() - query.hours * 3_600_000);
    const items = await prepTimes(deps, actorOf(req), params.locationId, since);
    return {
      since: since.toISOString(),
      items: items.map(({ productId, name, finished, averageSeconds }) => ({
        productId,
        name,
        finished,
        averageSeconds,
      })),
    };
  });
  return feed;
}
