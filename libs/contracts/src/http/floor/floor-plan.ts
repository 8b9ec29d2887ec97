import { z } from 'zod';
import { Channel } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { DiningAreaResponse } from './dining-areas';
import { TableResponse } from './tables';

/** The open session at a table, as the floor plan shows it. */
export const FloorTableSession = z
  .object({
    id: Id,
    guestCount: z.number().int().nullable(),
    openedAt: z.iso.datetime(),
    openedVia: Channel,
    /** Set when the table was pushed to another: its orders land in that session. */
    mergedIntoSessionId: Id.nullable(),
  })
  .meta({ id: 'FloorTableSession' });

export const FloorPlanResponse = z
  .object({
    locationId: Id,
    areas: z.array(DiningAreaResponse),
    tables: z.array(TableResponse.extend({ session: FloorTableSession.nullable() })),
  })
  .meta({ id: 'FloorPlan' });
export type FloorPlanResponse = z.infer<typeof FloorPlanResponse>;

export const getFloorPlanRoute = defineRoute({
  method: 'get',
  path: '/v1/floor',
  summary: "A location's floor: its areas, every table with its status and open session (staff)",
  tag: 'floor',
  request: { query: z.object({ locationId: Id }) },
  response: { status: 200, description: 'The floor plan', body: FloorPlanResponse },
  problems: ['location-not-found'],
});
