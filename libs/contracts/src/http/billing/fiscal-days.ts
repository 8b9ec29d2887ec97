import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { ZReport } from './z-report';

export const FiscalDayResponse = z
  .object({
    id: Id,
    locationId: Id,
    /** Gapless per location: 1, 2, 3 … */
    number: z.number().int().min(1),
    /** The local date (settings time zone) when the day was opened. */
    businessDate: z.iso.date(),
    status: z.enum(['open', 'closed']),
    /** `user:<id>`, or `system:first-sale` when the first sale opened it. */
    openedBy: z.string(),
    openedAt: z.iso.datetime(),
    closedBy: z.string().nullable(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'FiscalDay' });
export type FiscalDayResponse = z.infer<typeof FiscalDayResponse>;

const locationParams = z.object({ locationId: Id });
const dayParams = z.object({ fiscalDayId: Id });

export const openFiscalDayRoute = defineRoute({
  method: 'post',
  path: '/v1/locations/:locationId/fiscal-days',
  summary:
    "Open the location's next fiscal day (a manager or admin). The first sale opens one too when nobody did.",
  tag: 'billing',
  request: { params: locationParams },
  response: { status: 201, description: 'The opened day', body: FiscalDayResponse },
  problems: ['fiscal-day-open'],
});

export const listFiscalDaysRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/fiscal-days',
  summary: "The location's fiscal days, newest first",
  tag: 'billing',
  request: { params: locationParams, query: PageQuery },
  response: {
    status: 200,
    description: 'One page of days',
    body: pageOf(FiscalDayResponse, 'FiscalDayPage'),
  },
  problems: [],
});

export const getFiscalDayRoute = defineRoute({
  method: 'get',
  path: '/v1/fiscal-days/:fiscalDayId',
  summary: 'One fiscal day',
  tag: 'billing',
  request: { params: dayParams },
  response: { status: 200, description: 'The day', body: FiscalDayResponse },
  problems: [],
});

export const closeFiscalDayRoute = defineRoute({
  method: 'post',
  path: '/v1/fiscal-days/:fiscalDayId/close',
  summary:
    'Close the fiscal day (a manager or admin) once every register session of the location is closed; its Z report is fixed then. A day never closes by itself.',
  tag: 'billing',
  request: { params: dayParams },
  response: { status: 200, description: 'The closed day', body: FiscalDayResponse },
  problems: ['fiscal-day-closed', 'register-sessions-open'],
});

export const getZReportRoute = defineRoute({
  method: 'get',
  path: '/v1/fiscal-days/:fiscalDayId/z-report',
  summary:
    'The Z report of a closed day as stored at close, or the running X report of an open one (`final: false`). With `Accept: text/plain` or `?format=text`: the 42-column receipt to print.',
  tag: 'billing',
  request: {
    params: dayParams,
    query: z.object({ format: z.enum(['json', 'text']).optional() }),
  },
  response: { status: 200, description: 'The report', body: ZReport },
  problems: [],
});
