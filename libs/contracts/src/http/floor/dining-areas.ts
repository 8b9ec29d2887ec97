import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';

/** A room or zone of a location (terrace, bar); its tables are laid out on its plan. */
export const DiningAreaResponse = z
  .object({
    id: Id,
    locationId: Id,
    name: z.string(),
    /** Where the area comes in lists and tabs, lowest first. */
    position: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DiningArea' });
export type DiningAreaResponse = z.infer<typeof DiningAreaResponse>;

/** What a DELETE of the floor answers: the thing is archived, its history kept. */
export const FloorArchivedResponse = z
  .object({ id: Id, archivedAt: z.iso.datetime() })
  .meta({ id: 'FloorArchived' });

const AreaName = z.string().trim().min(1).max(60);
const AreaPosition = z.number().int().min(0).max(1000);
const AreaParams = z.object({ areaId: Id });

export const CreateDiningAreaRequest = z
  .object({ locationId: Id, name: AreaName, position: AreaPosition.default(0) })
  .meta({ id: 'CreateDiningAreaRequest' });
export type CreateDiningAreaRequest = z.infer<typeof CreateDiningAreaRequest>;

export const UpdateDiningAreaRequest = z
  .object({ name: AreaName.optional(), position: AreaPosition.optional() })
  .meta({ id: 'UpdateDiningAreaRequest' });
export type UpdateDiningAreaRequest = z.infer<typeof UpdateDiningAreaRequest>;

export const createDiningAreaRoute = defineRoute({
  method: 'post',
  path: '/v1/dining-areas',
  summary: 'Add a dining area to a location (manager)',
  tag: 'floor',
  request: { body: CreateDiningAreaRequest },
  response: { status: 201, description: 'The area as stored', body: DiningAreaResponse },
  problems: ['location-not-found', 'dining-area-name-taken'],
});

export const listDiningAreasRoute = defineRoute({
  method: 'get',
  path: '/v1/dining-areas',
  summary: "List a location's dining areas by position (staff)",
  tag: 'floor',
  request: { query: PageQuery.extend({ locationId: Id }) },
  response: {
    status: 200,
    description: 'One page of areas',
    body: pageOf(DiningAreaResponse, 'DiningAreaPage'),
  },
  problems: ['location-not-found'],
});

export const getDiningAreaRoute = defineRoute({
  method: 'get',
  path: '/v1/dining-areas/:areaId',
  summary: 'Read one dining area (staff)',
  tag: 'floor',
  request: { params: AreaParams },
  response: { status: 200, description: 'The area', body: DiningAreaResponse },
  problems: ['dining-area-not-found'],
});

export const updateDiningAreaRoute = defineRoute({
  method: 'patch',
  path: '/v1/dining-areas/:areaId',
  summary: 'Rename or reorder a dining area (manager)',
  tag: 'floor',
  request: { params: AreaParams, body: UpdateDiningAreaRequest },
  response: { status: 200, description: 'The area as changed', body: DiningAreaResponse },
  problems: ['dining-area-not-found', 'dining-area-name-taken'],
});

export const archiveDiningAreaRoute = defineRoute({
  method: 'delete',
  path: '/v1/dining-areas/:areaId',
  summary: 'Remove an empty dining area from the floor (manager)',
  tag: 'floor',
  request: { params: AreaParams },
  response: { status: 200, description: 'The area is archived', body: FloorArchivedResponse },
  problems: ['dining-area-not-found', 'dining-area-not-empty'],
});
