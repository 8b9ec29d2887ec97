import type {
  DiningAreaResponse,
  FloorPlanResponse,
  JoinedTableSessionResponse,
  TableResponse,
  TableSessionResponse,
} from '@brigade/contracts';
import type { DiningArea, FloorPlanTable, FloorTable } from '../domain/floor/layout';
import type { TableSession } from '../domain/floor/ports';

export const toDiningAreaResponse = (a: DiningArea): DiningAreaResponse => ({
  id: a.id,
  locationId: a.locationId,
  name: a.name,
  position: a.position,
  createdAt: a.createdAt.toISOString(),
});

export const toTableResponse = (t: FloorTable): TableResponse => ({
  id: t.id,
  locationId: t.locationId,
  areaId: t.areaId,
  number: t.number,
  capacity: t.capacity,
  status: t.status,
  layout: t.layout,
  qrToken: t.qrToken,
  createdAt: t.createdAt.toISOString(),
});

const toFloorTable = (t: FloorPlanTable): FloorPlanResponse['tables'][number] => ({
  ...toTableResponse(t),
  session: t.session && {
    ...t.session,
    openedAt: t.session.openedAt.toISOString(),
  },
});

export const toFloorPlanResponse = (
  locationId: string,
  plan: { areas: DiningArea[]; tables: FloorPlanTable[] },
): FloorPlanResponse => ({
  locationId,
  areas: plan.areas.map(toDiningAreaResponse),
  tables: plan.tables.map(toFloorTable),
});

export const toTableSessionResponse = (s: TableSession): TableSessionResponse => ({
  id: s.id,
  locationId: s.locationId,
  tableId: s.tableId,
  tableNumber: s.tableNumber,
  token: s.token || null,
  status: s.status,
  guestCount: s.guestCount,
  openedVia: s.openedVia,
  openedBy: s.openedBy,
  openedAt: s.openedAt.toISOString(),
  lastActivityAt: s.lastActivityAt.toISOString(),
  closedAt: s.closedAt?.toISOString() ?? null,
  mergedIntoSessionId: s.mergedIntoSessionId,
});

export const toJoinedTableSessionResponse = (s: TableSession): JoinedTableSessionResponse => ({
  id: s.id,
  token: s.token,
  locationId: s.locationId,
  tableId: s.tableId,
  tableNumber: s.tableNumber,
  guestCount: s.guestCount,
  openedAt: s.openedAt.toISOString(),
});

export const toArchivedResponse = (a: { id: string; archivedAt: Date }) => ({
  id: a.id,
  archivedAt: a.archivedAt.toISOString(),
});
