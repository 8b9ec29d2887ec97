import {
  archiveDiningAreaRoute,
  archiveTableRoute,
  closeTableSessionRoute,
  createDiningAreaRoute,
  createTableRoute,
  getDiningAreaRoute,
  getFloorPlanRoute,
  getTableRoute,
  getTableSessionRoute,
  joinTableSessionRoute,
  listDiningAreasRoute,
  listTablesRoute,
  openTableSessionRoute,
  regenerateTableQrTokenRoute,
  reopenTableSessionRoute,
  setTableStatusRoute,
  updateDiningAreaRoute,
  updateTableRoute,
  updateTableSessionRoute,
  type RouteContract,
} from '@brigade/contracts';
import {
  actorOf,
  decodeCursor,
  mountRoute,
  parseRequest,
  toPage,
  type IdempotencyOptions,
} from '@brigade/http';
import type { Router } from 'express';
import { z } from 'zod';
import { archiveDiningArea } from '../domain/floor/archive-dining-area';
import { archiveTable } from '../domain/floor/archive-table';
import { closeTableSession } from '../domain/floor/close-table-session';
import { createDiningArea } from '../domain/floor/create-dining-area';
import { createTable } from '../domain/floor/create-table';
import { getDiningArea } from '../domain/floor/get-dining-area';
import { getFloorPlan } from '../domain/floor/get-floor-plan';
import { getTable } from '../domain/floor/get-table';
import { getTableSession } from '../domain/floor/get-table-session';
import { joinTableSession } from '../domain/floor/join-table-session';
import { listDiningAreas } from '../domain/floor/list-dining-areas';
import { listTables } from '../domain/floor/list-tables';
import { openTableSession } from '../domain/floor/open-table-session';
import { regenerateQrToken } from '../domain/floor/regenerate-qr-token';
import { reopenTableSession } from '../domain/floor/reopen-table-session';
import { setTableStatus } from '../domain/floor/set-table-status';
import { updateDiningArea } from '../domain/floor/update-dining-area';
import { updateTable } from '../domain/floor/update-table';
import { updateTableSession } from '../domain/floor/update-table-session';
import type { OrdersDeps } from '../domain/ports';
import * as to from './floor-responses';

export const floorRoutes: RouteContract[] = [
  createDiningAreaRoute,
  listDiningAreasRoute,
  getDiningAreaRoute,
  updateDiningAreaRoute,
  archiveDiningAreaRoute,
  createTableRoute,
  listTablesRoute,
  getTableRoute,
  updateTableRoute,
  archiveTableRoute,
  regenerateTableQrTokenRoute,
  setTableStatusRoute,
  getFloorPlanRoute,
  openTableSessionRoute,
  joinTableSessionRoute,
  getTableSessionRoute,
  updateTableSessionRoute,
  closeTableSessionRoute,
  reopenTableSessionRoute,
];

const AreaCursor = z.object({ key: z.number().int(), id: z.uuid() });
const TableCursor = z.object({ key: z.string(), id: z.uuid() });

/** Floor management and table sessions. Every change is naturally idempotent or staff-only. */
export function mountFloorRoutes(
  router: Router,
  deps: OrdersDeps,
  _idempotency: IdempotencyOptions,
): void {
  mountRoute(router, createDiningAreaRoute, async ({ body }, req) =>
    to.toDiningAreaResponse(await createDiningArea(deps, actorOf(req), body)),
  );
  mountRoute(router, listDiningAreasRoute, async ({ query }, req) => {
    const { limit, cursor, locationId } = query;
    const after = cursor ? decodeCursor(cursor, AreaCursor) : undefined;
    const rows = await listDiningAreas(deps, actorOf(req), { locationId, limit: limit + 1, after });
    return toPage(rows, limit, to.toDiningAreaResponse, (a) => ({ key: a.position, id: a.id }));
  });
  mountRoute(router, getDiningAreaRoute, async ({ params }, req) =>
    to.toDiningAreaResponse(await getDiningArea(deps, actorOf(req), params.areaId)),
  );
  mountRoute(router, updateDiningAreaRoute, async ({ params, body }, req) =>
    to.toDiningAreaResponse(await updateDiningArea(deps, actorOf(req), params.areaId, body)),
  );
  mountRoute(router, archiveDiningAreaRoute, async ({ params }, req) =>
    to.toArchivedResponse(await archiveDiningArea(deps, actorOf(req), params.areaId)),
  );

  mountRoute(router, createTableRoute, async ({ body }, req) =>
    to.toTableResponse(await createTable(deps, actorOf(req), body)),
  );
  mountRoute(router, listTablesRoute, async ({ query }, req) => {
    const { limit, cursor, ...filter } = query;
    const after = cursor ? decodeCursor(cursor, TableCursor) : undefined;
    const rows = await listTables(deps, actorOf(req), { ...filter, limit: limit + 1, after });
    return toPage(rows, limit, to.toTableResponse, (t) => ({ key: t.number, id: t.id }));
  });
  mountRoute(router, getTableRoute, async ({ params }, req) =>
    to.toTableResponse(await getTable(deps, actorOf(req), params.tableId)),
  );
  mountRoute(router, updateTableRoute, async ({ params, body }, req) =>
    to.toTableResponse(await updateTable(deps, actorOf(req), params.tableId, body)),
  );
  mountRoute(router, archiveTableRoute, async ({ params }, req) =>
    to.toArchivedResponse(await archiveTable(deps, actorOf(req), params.tableId)),
  );
  mountRoute(router, regenerateTableQrTokenRoute, async ({ params }, req) =>
    to.toTableResponse(await regenerateQrToken(deps, actorOf(req), params.tableId)),
  );
  mountRoute(router, setTableStatusRoute, async ({ params, body }, req) =>
    to.toTableResponse(await setTableStatus(deps, actorOf(req), params.tableId, body)),
  );
  mountRoute(router, getFloorPlanRoute, async ({ query }, req) =>
    to.toFloorPlanResponse(
      query.locationId,
      await getFloorPlan(deps, actorOf(req), query.locationId),
    ),
  );

  // 201 when this call opened the session, 200 when the table already had one.
  router.post(openTableSessionRoute.path, async (req, res) => {
    const { body } = parseRequest(openTableSessionRoute, req);
    const { session, opened } = await openTableSession(deps, actorOf(req), body);
    res.status(opened ? 201 : 200).json(to.toTableSessionResponse(session));
  });
  mountRoute(router, joinTableSessionRoute, async ({ body }, req) =>
    to.toJoinedTableSessionResponse(await joinTableSession(deps, actorOf(req), body)),
  );
  mountRoute(router, getTableSessionRoute, async ({ params }, req) =>
    to.toTableSessionResponse(await getTableSession(deps, actorOf(req), params.sessionId)),
  );
  mountRoute(router, updateTableSessionRoute, async ({ params, body }, req) =>
    to.toTableSessionResponse(await updateTableSession(deps, actorOf(req), params.sessionId, body)),
  );
  mountRoute(router, closeTableSessionRoute, async ({ params }, req) =>
    to.toTableSessionResponse(await closeTableSession(deps, actorOf(req), params.sessionId)),
  );
  mountRoute(router, reopenTableSessionRoute, async ({ params }, req) =>
    to.toTableSessionResponse(
      await reopenTableSession(
        deps,
        actorOf(req),
        params.sessionId,
        req.header('x-manager-approval'),
      ),
    ),
  );
}
