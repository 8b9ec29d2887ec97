import {
  createRoutingRuleRoute,
  createStationRoute,
  deleteRoutingRuleRoute,
  issueScreenKeyRoute,
  listRoutingRulesRoute,
  listStationsRoute,
  updateStationRoute,
  type StationResponse,
} from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import type { KitchenDeps } from '../domain/ports';
import {
  createRoutingRule,
  deleteRoutingRule,
  listRoutingRules,
} from '../domain/routing/manage-routing-rules';
import {
  createStation,
  issueScreenKey,
  listStations,
  updateStation,
} from '../domain/routing/manage-stations';
import type { RoutingRule, Station } from '../domain/routing/station';

export const stationRoutes = [
  createStationRoute,
  listStationsRoute,
  updateStationRoute,
  issueScreenKeyRoute,
  createRoutingRuleRoute,
  listRoutingRulesRoute,
  deleteRoutingRuleRoute,
];

export function mountStationRoutes(router: Router, deps: KitchenDeps): void {
  mountRoute(router, createStationRoute, async ({ params, body }, req) =>
    toStationResponse(await createStation(deps, actorOf(req), params.locationId, body)),
  );
  mountRoute(router, listStationsRoute, async ({ params }, req) => ({
    items: (await listStations(deps, actorOf(req), params.locationId)).map(toStationResponse),
  }));
  mountRoute(router, updateStationRoute, async ({ params, body }, req) =>
    toStationResponse(await updateStation(deps, actorOf(req), params.stationId, body)),
  );
  mountRoute(router, issueScreenKeyRoute, async ({ params }, req) => {
    const { station, screenKey } = await issueScreenKey(deps, actorOf(req), params.stationId);
    // The key travels in the fragment: browsers never send it to a server or a log.
    const origin = `${req.protocol}://${req.get('host')}`;
    return { screenKey, kdsUrl: `${origin}${kdsPath(station)}#key=${screenKey}` };
  });
  mountRoute(router, createRoutingRuleRoute, async ({ params, body }, req) =>
    toRuleResponse(await createRoutingRule(deps, actorOf(req), params.locationId, body)),
  );
  mountRoute(router, listRoutingRulesRoute, async ({ params }, req) => ({
    items: (await listRoutingRules(deps, actorOf(req), params.locationId)).map(toRuleResponse),
  }));
  mountRoute(router, deleteRoutingRuleRoute, async ({ params }, req) =>
    toRuleResponse(await deleteRoutingRule(deps, actorOf(req), params.ruleId)),
  );
}

export const kdsPath = (station: Station) => `/kds/${station.id}`;

export const toStationResponse = (s: Station): StationResponse => ({
  id: s.id,
  locationId: s.locationId,
  code: s.code,
  name: s.name,
  isDefault: s.isDefault,
  receivesAll: s.receivesAll,
  health: s.health,
  lastSeenAt: s.lastSeenAt ? s.lastSeenAt.toISOString() : null,
  kdsPath: kdsPath(s),
});

const toRuleResponse = (r: RoutingRule) => ({
  id: r.id,
  stationId: r.stationId,
  productId: r.productId,
  categoryId: r.categoryId,
  modifierOptionId: r.modifierOptionId,
  diningAreaId: r.diningAreaId,
});
