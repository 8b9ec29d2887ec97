import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

export const StationCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'lower-case letters, digits and dashes, at most 32');

export const CreateStationRequest = z
  .object({
    /** Short and stable (`grill`); printers name their station by it. */
    code: StationCode,
    name: z.string().trim().min(1).max(60),
    /** Gets every item no rule claims. The first station of a location is the default anyway. */
    isDefault: z.boolean().default(false),
    /** Sees every item besides the stations that cook it: expo, the pass. */
    receivesAll: z.boolean().default(false),
  })
  .meta({ id: 'CreateStationRequest' });

export const UpdateStationRequest = z
  .object({
    name: z.string().trim().min(1).max(60).optional(),
    /** `true` makes it the default; the former default stops being one. */
    isDefault: z.literal(true).optional(),
    receivesAll: z.boolean().optional(),
  })
  .meta({ id: 'UpdateStationRequest' });

export const StationResponse = z
  .object({
    id: Id,
    locationId: Id,
    code: z.string(),
    name: z.string(),
    isDefault: z.boolean(),
    receivesAll: z.boolean(),
    /** `unknown` until a screen or printer of it is first heard from. */
    health: z.enum(['unknown', 'online', 'offline']),
    lastSeenAt: z.iso.datetime().nullable(),
    /** Where its screen is: open it on the station's display with the screen key. */
    kdsPath: z.string(),
  })
  .meta({ id: 'Station' });
export type StationResponse = z.infer<typeof StationResponse>;

export const RoutingRuleRequest = z
  .object({
    stationId: Id,
    productId: Id.optional(),
    categoryId: Id.optional(),
    modifierOptionId: Id.optional(),
    diningAreaId: Id.optional(),
  })
  .meta({ id: 'RoutingRuleRequest' });

export const RoutingRuleResponse = z
  .object({
    id: Id,
    stationId: Id,
    productId: Id.nullable(),
    categoryId: Id.nullable(),
    modifierOptionId: Id.nullable(),
    diningAreaId: Id.nullable(),
  })
  .meta({ id: 'RoutingRule' });

const locationParams = z.object({ locationId: Id });
const stationParams = z.object({ stationId: Id });

export const createStationRoute = defineRoute({
  method: 'post',
  path: '/v1/locations/:locationId/stations',
  summary: 'A kitchen station (grill, cold, bar, expo…); manager or admin',
  tag: 'stations',
  request: { params: locationParams, body: CreateStationRequest },
  response: { status: 201, description: 'The station', body: StationResponse },
  problems: ['station-code-taken'],
});

export const listStationsRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/stations',
  summary: "The location's stations with their health",
  tag: 'stations',
  request: { params: locationParams },
  response: {
    status: 200,
    description: 'The stations',
    body: z.object({ items: z.array(StationResponse) }),
  },
  problems: [],
});

export const updateStationRoute = defineRoute({
  method: 'patch',
  path: '/v1/stations/:stationId',
  summary: 'Rename a station, make it the default, or let it see every item; manager or admin',
  tag: 'stations',
  request: { params: stationParams, body: UpdateStationRequest },
  response: { status: 200, description: 'The station', body: StationResponse },
  problems: [],
});

export const issueScreenKeyRoute = defineRoute({
  method: 'post',
  path: '/v1/stations/:stationId/screen-key',
  summary:
    "A new key for the station's screens (the old one stops working); shown once; manager or admin",
  tag: 'stations',
  request: { params: stationParams },
  response: {
    status: 201,
    description: 'The key and the page to open with it',
    body: z.object({ screenKey: z.string(), kdsUrl: z.string() }),
  },
  problems: [],
});

export const createRoutingRuleRoute = defineRoute({
  method: 'post',
  path: '/v1/locations/:locationId/routing-rules',
  summary:
    'Send a product, a category or a modifier option (optionally only from one dining area), or everything from a dining area, to a station; manager or admin',
  tag: 'stations',
  request: { params: locationParams, body: RoutingRuleRequest },
  response: { status: 201, description: 'The rule', body: RoutingRuleResponse },
  problems: ['routing-rule-exists'],
});

export const listRoutingRulesRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/routing-rules',
  summary: "The location's routing rules",
  tag: 'stations',
  request: { params: locationParams },
  response: {
    status: 200,
    description: 'The rules',
    body: z.object({ items: z.array(RoutingRuleResponse) }),
  },
  problems: [],
});

export const deleteRoutingRuleRoute = defineRoute({
  method: 'delete',
  path: '/v1/routing-rules/:ruleId',
  summary: 'Remove a routing rule; manager or admin',
  tag: 'stations',
  request: { params: z.object({ ruleId: Id }) },
  response: { status: 200, description: 'The rule removed', body: RoutingRuleResponse },
  problems: [],
});
