import {
  closeFiscalDayRoute,
  getFiscalDayRoute,
  getZReportRoute,
  listFiscalDaysRoute,
  openFiscalDayRoute,
  type FiscalDayResponse,
} from '@brigade/contracts';
import { actorOf, decodeCursor, mountRoute, parseRequest, toPage } from '@brigade/http';
import type { Router } from 'express';
import { z } from 'zod';
import { closeFiscalDay } from '../domain/fiscal-days/close-fiscal-day';
import type { FiscalDay } from '../domain/fiscal-days/fiscal-day';
import { openFiscalDay } from '../domain/fiscal-days/open-fiscal-day';
import { getFiscalDay, listFiscalDays } from '../domain/fiscal-days/read-fiscal-days';
import type { BillingDeps } from '../domain/ports';
import { zReportOf } from '../domain/z-report/z-report-of';
import { zReportText } from '../domain/z-report/z-report-text';

export const fiscalDayRoutes = [
  openFiscalDayRoute,
  listFiscalDaysRoute,
  getFiscalDayRoute,
  closeFiscalDayRoute,
  getZReportRoute,
];

const DayCursor = z.object({ number: z.number().int() });

export function mountFiscalDayRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(router, openFiscalDayRoute, async ({ params }, req) =>
    toFiscalDayResponse(await openFiscalDay(deps, actorOf(req), params.locationId)),
  );
  mountRoute(router, listFiscalDaysRoute, async ({ params, query }, req) => {
    const before = query.cursor ? decodeCursor(query.cursor, DayCursor).number : undefined;
    const days = await listFiscalDays(deps, actorOf(req), params.locationId, {
      limit: query.limit,
      beforeNumber: before,
    });
    return toPage(days, query.limit, toFiscalDayResponse, (d) => ({ number: d.number }));
  });
  mountRoute(router, getFiscalDayRoute, async ({ params }, req) =>
    toFiscalDayResponse(await getFiscalDay(deps, actorOf(req), params.fiscalDayId)),
  );
  mountRoute(router, closeFiscalDayRoute, async ({ params }, req) =>
    toFiscalDayResponse(await closeFiscalDay(deps, actorOf(req), params.fiscalDayId)),
  );
  // Mounted by hand: besides JSON it answers the printable text, which mountRoute cannot.
  router.get(getZReportRoute.path, async (req, res) => {
    const { params, query } = parseRequest(getZReportRoute, req);
    const { report, timeZone } = await zReportOf(deps, actorOf(req), params.fiscalDayId);
    const asText =
      query.format === 'text' ||
      (query.format === undefined &&
        req.accepts(['application/json', 'text/plain']) === 'text/plain');
    if (asText) res.type('text/plain; charset=utf-8').send(zReportText(report, timeZone));
    else res.json(report);
  });
}

function toFiscalDayResponse(d: FiscalDay): FiscalDayResponse {
  return {
    id: d.id,
    locationId: d.locationId,
    number: d.number,
    businessDate: d.businessDate,
    status: d.status,
    openedBy: d.openedBy,
    openedAt: d.openedAt.toISOString(),
    closedBy: d.closedBy,
    closedAt: d.closedAt?.toISOString() ?? null,
  };
}
