import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { FloorArchivedResponse } from './dining-areas';

/** `occupied` comes only from an open table session; staff set the others. */
export const TableStatus = z.enum(['available', 'occupied', 'reserved', 'dirty']);
export type TableStatus = z.infer<typeof TableStatus>;

export const TableShape = z.enum(['round', 'square', 'rect']);

const Coordinate = z.number().int().min(0).max(10_000);
const Extent = z.number().int().min(1).max(2_000);

/** Where a table sits on its area's plan, in plan units; rotation in degrees. */
export const TableLayout = z
  .object({
    x: Coordinate,
    y: Coordinate,
    width: Extent,
    height: Extent,
    rotation: z.number().int().min(0).max(359),
    shape: TableShape,
  })
  .meta({ id: 'TableLayout' });

export const TableResponse = z
  .object({
    id: Id,
    locationId: Id,
    areaId: Id,
    /** As guests and staff call it: "12", "T4". Unique at the location. */
    number: z.string(),
    capacity: z.number().int(),
    status: TableStatus,
    layout: TableLayout,
    /** Printed in the table's QR code; a guest's scan sends it to join the table's session. */
    qrToken: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Table' });
export type TableResponse = z.infer<typeof TableResponse>;

const TableNumber = z.string().trim().min(1).max(20);
const Capacity = z.number().int().min(1).max(50);
const TableParams = z.object({ tableId: Id });

export const CreateTableRequest = z
  .object({
    areaId: Id,
    number: TableNumber,
    capacity: Capacity,
    /** Missing values: at the origin, 80 × 80, not rotated, square. */
    layout: TableLayout.partial().optional(),
  })
  .meta({ id: 'CreateTableRequest' });
export type CreateTableRequest = z.infer<typeof CreateTableRequest>;

export const UpdateTableRequest = z
  .object({
    areaId: Id.optional(),
    number: TableNumber.optional(),
    capacity: Capacity.optional(),
    layout: TableLayout.partial().optional(),
  })
  .meta({ id: 'UpdateTableRequest' });
export type UpdateTableRequest = z.infer<typeof UpdateTableRequest>;

export const SetTableStatusRequest = z
  .object({ status: z.enum(['available', 'reserved', 'dirty']) })
  .meta({ id: 'SetTableStatusRequest' });
export type SetTableStatusRequest = z.infer<typeof SetTableStatusRequest>;

export const createTableRoute = defineRoute({
  method: 'post',
  path: '/v1/tables',
  summary: 'Add a table to a dining area, with a fresh QR token (manager)',
  tag: 'floor',
  request: { body: CreateTableRequest },
  response: { status: 201, description: 'The table as stored', body: TableResponse },
  problems: ['dining-area-not-found', 'table-number-taken'],
});

export const listTablesRoute = defineRoute({
  method: 'get',
  path: '/v1/tables',
  summary: "List a location's tables by number, optionally of one area (staff)",
  tag: 'floor',
  request: { query: PageQuery.extend({ locationId: Id, areaId: Id.optional() }) },
  response: {
    status: 200,
    description: 'One page of tables',
    body: pageOf(TableResponse, 'TablePage'),
  },
  problems: ['location-not-found'],
});

export const getTableRoute = defineRoute({
  method: 'get',
  path: '/v1/tables/:tableId',
  summary: 'Read one table (staff)',
  tag: 'floor',
  request: { params: TableParams },
  response: { status: 200, description: 'The table', body: TableResponse },
  problems: ['table-not-found'],
});

export const updateTableRoute = defineRoute({
  method: 'patch',
  path: '/v1/tables/:tableId',
  summary: "Change a table's number, capacity, area or layout (manager)",
  tag: 'floor',
  request: { params: TableParams, body: UpdateTableRequest },
  response: { status: 200, description: 'The table as changed', body: TableResponse },
  problems: ['table-not-found', 'dining-area-not-found', 'table-number-taken'],
});

export const archiveTableRoute = defineRoute({
  method: 'delete',
  path: '/v1/tables/:tableId',
  summary: 'Take a table off the floor; its number is free again (manager)',
  tag: 'floor',
  request: { params: TableParams },
  response: { status: 200, description: 'The table is archived', body: FloorArchivedResponse },
  problems: ['table-not-found', 'table-session-open'],
});

export const regenerateTableQrTokenRoute = defineRoute({
  method: 'post',
  path: '/v1/tables/:tableId/qr-token',
  summary: 'Print a new QR code: the old token joins nothing any more (manager)',
  tag: 'floor',
  request: { params: TableParams },
  response: { status: 200, description: 'The table with its new token', body: TableResponse },
  problems: ['table-not-found'],
});

export const setTableStatusRoute = defineRoute({
  method: 'patch',
  path: '/v1/tables/:tableId/status',
  summary:
    'Reserve a table (from available), free it (from dirty or reserved) or mark it dirty (staff); refused while a session is open',
  tag: 'floor',
  request: { params: TableParams, body: SetTableStatusRequest },
  response: { status: 200, description: 'The table with its status', body: TableResponse },
  problems: ['table-not-found', 'table-status-transition', 'table-session-open'],
});
