import { watchLocationRoute, type RouteContract } from '@brigade/contracts';
import { requireRole } from '@brigade/core';
import { LiveFeed } from '@brigade/db';
import {
  acceptQueryToken,
  actorOf,
  parseRequest,
  streamFeed,
  type IdempotencyOptions,
} from '@brigade/http';
import type { Router } from 'express';
import { getLocation } from '../domain/management/get-location';
import type { OrdersDeps } from '../domain/ports';

export const liveRoutes: RouteContract[] = [watchLocationRoute];

/**
 * EventSource cannot send Authorization: the stream takes the staff token as
 * `?access_token=` too. Mounted before `authenticate`.
 */
export const liveAccessToken = acceptQueryToken(watchLocationRoute.path);

export function mountLiveRoutes(
  router: Router,
  deps: OrdersDeps,
  { db, log }: IdempotencyOptions,
): void {
  // One per process: every stream shares its LISTEN connection, poll and read slots.
  const feed = new LiveFeed({ db, log });
  router.get(watchLocationRoute.path, async (req, res) => {
    const { params, query } = parseRequest(watchLocationRoute, req);
    const actor = actorOf(req);
    requireRole(actor, 'waiter', 'cashier', 'manager', 'kitchen', 'operator');
    const location = await getLocation(deps, actor, params.locationId);
    const scope = {
      tenantId: location.tenantId,
      locationId: location.id,
      topics: query.topics?.split(','),
    };
    await streamFeed(req, res, feed, scope, { log, after: query.after });
  });
}
