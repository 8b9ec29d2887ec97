import {
  getPosConnectionRoute,
  putPosConnectionRoute,
  type PosConnectionResponse,
} from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import {
  getPosConnection,
  setPosConnection,
  type ConnectionView,
} from '../domain/manage-pos-connection';
import type { PosConnection } from '../domain/pos-connection';
import type { PosAdapterDeps } from '../domain/ports';

export const posConnectionRoutes = [putPosConnectionRoute, getPosConnectionRoute];

export function mountPosConnectionRoutes(
  router: Router,
  deps: PosAdapterDeps,
  options: {
    fallback: PosConnection;
    breakerOf: (endpoint: string) => PosConnectionResponse['breaker'];
  },
): void {
  const respond = (v: ConnectionView): PosConnectionResponse => ({
    locationId: v.locationId,
    source: v.source,
    url: v.connection.baseUrl,
    login: v.connection.login,
    companyId: v.connection.companyId,
    breaker: options.breakerOf(v.connection.baseUrl),
    updatedBy: v.stored?.updatedBy ?? null,
    updatedAt: v.stored?.updatedAt.toISOString() ?? null,
  });
  mountRoute(router, putPosConnectionRoute, async ({ params, body }, req) =>
    respond(await setPosConnection(deps, actorOf(req), params.locationId, body)),
  );
  mountRoute(router, getPosConnectionRoute, async ({ params }, req) =>
    respond(await getPosConnection(deps, actorOf(req), params.locationId, options.fallback)),
  );
}
