import type { Channel } from '@brigade/contracts';
import type { DiningArea, FloorTable, TableShape, TableStatus } from '../../domain/floor/layout';
import type { TableSession } from '../../domain/floor/ports';

export interface AreaRow {
  id: string;
  tenant_id: string;
  location_id: string;
  name: string;
  position: number;
  created_at: Date;
}

export interface TableRow {
  id: string;
  tenant_id: string;
  location_id: string;
  area_id: string;
  number: string;
  capacity: number;
  status: TableStatus;
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  shape: TableShape;
  qr_token: string;
  created_at: Date;
}

export interface SessionRow {
  id: string;
  tenant_id: string;
  location_id: string;
  table_id: string;
  table_number: string;
  area_id: string;
  token: string | null;
  status: 'open' | 'closed';
  guest_count: number | null;
  opened_at: Date;
  opened_via: Channel;
  opened_by: string;
  last_activity_at: Date;
  closed_at: Date | null;
  merged_into_session_id: string | null;
}

export const AREA_COLUMNS = 'id, tenant_id, location_id, name, position, created_at';

export const TABLE_COLUMNS = `t.id, t.tenant_id, t.location_id, t.area_id, t.number, t.capacity,
  t.status, t.x, t.y, t.width, t.height, t.rotation, t.shape, t.qr_token, t.created_at`;

/** A session with its table's number: `FROM table_sessions s JOIN tables t`. */
export const SESSION_COLUMNS = `s.id, s.tenant_id, s.location_id, s.table_id, t.number AS table_number,
  t.area_id,  s.token, s.status, s.guest_count, s.opened_at, s.opened_via, s.opened_by, s.last_activity_at,
  s.closed_at, s.merged_into_session_id`;

export function toArea(r: AreaRow): DiningArea {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    locationId: r.location_id,
    name: r.name,
    position: r.position,
    createdAt: r.created_at,
  };
}

export function toTable(r: TableRow): FloorTable {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    locationId: r.location_id,
    areaId: r.area_id,
    number: r.number,
    capacity: r.capacity,
    status: r.status,
    layout: {
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
      rotation: r.rotation,
      shape: r.shape,
    },
    qrToken: r.qr_token,
    createdAt: r.created_at,
  };
}

export function toSession(r: SessionRow): TableSession {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    locationId: r.location_id,
    tableId: r.table_id,
    tableNumber: r.table_number,
    areaId: r.area_id,
    token: r.token ?? '',
    status: r.status,
    guestCount: r.guest_count,
    openedAt: r.opened_at,
    openedVia: r.opened_via,
    openedBy: r.opened_by,
    lastActivityAt: r.last_activity_at,
    closedAt: r.closed_at,
    mergedIntoSessionId: r.merged_into_session_id,
  };
}

/** Whether `err` is PostgreSQL's unique violation of `constraint`. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: typeof e };
  const pg = e.driverError ?? e;
  return pg.code === '23505' && pg.constraint === constraint;
}
