import { z } from 'zod';
import { Channel } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

/** One party's visit at a table; every channel at the table orders into it. */
export const TableSessionResponse = z
  .object({
    id: Id,
    locationId: Id,
    tableId: Id,
    tableNumber: z.string(),
    /** Shared by every channel at the table; null once a long-closed session is pruned. */
    token: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    guestCount: z.number().int().nullable(),
    openedVia: Channel,
    /** Who opened it: `user:<id>` or `apikey:<id>`. */
    openedBy: z.string(),
    openedAt: z.iso.datetime(),
    lastActivityAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    /** Set while the table is pushed to another: its orders land in that session. */
    mergedIntoSessionId: Id.nullable(),
  })
  .meta({ id: 'TableSession' });
export type TableSessionResponse = z.infer<typeof TableSessionResponse>;

/** What a guest's device learns by joining: enough to order into the table's session. */
export const JoinedTableSessionResponse = z
  .object({
    id: Id,
    /** Send it with every order from this table. */
    token: z.string(),
    locationId: Id,
    tableId: Id,
    tableNumber: z.string(),
    guestCount: z.number().int().nullable(),
    openedAt: z.iso.datetime(),
  })
  .meta({ id: 'JoinedTableSession' });
export type JoinedTableSessionResponse = z.infer<typeof JoinedTableSessionResponse>;

const GuestCount = z.number().int().min(1).max(100);
const SessionParams = z.object({ sessionId: Id });

export const OpenTableSessionRequest = z
  .object({ tableId: Id, guestCount: GuestCount.optional() })
  .meta({ id: 'OpenTableSessionRequest' });
export type OpenTableSessionRequest = z.infer<typeof OpenTableSessionRequest>;

export const JoinTableSessionRequest = z
  .object({
    /** The token printed in the table's QR code. */
    tableToken: z.string().min(32).max(128),
  })
  .meta({ id: 'JoinTableSessionRequest' });
export type JoinTableSessionRequest = z.infer<typeof JoinTableSessionRequest>;

export const UpdateTableSessionRequest = z
  .object({ guestCount: GuestCount })
  .meta({ id: 'UpdateTableSessionRequest' });
export type UpdateTableSessionRequest = z.infer<typeof UpdateTableSessionRequest>;

export const openTableSessionRoute = defineRoute({
  method: 'post',
  path: '/v1/table-sessions',
  summary:
    'Seat a party (staff): 201 with the session opened now, or 200 with the one already open at the table',
  tag: 'table-sessions',
  request: { body: OpenTableSessionRequest },
  response: {
    status: 201,
    description: 'The open session of the table',
    body: TableSessionResponse,
  },
  problems: ['table-not-found'],
});

export const joinTableSessionRoute = defineRoute({
  method: 'post',
  path: '/v1/table-sessions/join',
  summary:
    "A guest scanned the table's QR code (QR or kiosk API key): the table's open session, opened now if there was none",
  tag: 'table-sessions',
  request: { body: JoinTableSessionRequest },
  response: {
    status: 200,
    description: 'The session to order into',
    body: JoinedTableSessionResponse,
  },
  problems: ['table-not-found'],
});

export const getTableSessionRoute = defineRoute({
  method: 'get',
  path: '/v1/table-sessions/:sessionId',
  summary: 'Read one table session (staff)',
  tag: 'table-sessions',
  request: { params: SessionParams },
  response: { status: 200, description: 'The session', body: TableSessionResponse },
  problems: ['table-session-not-found'],
});

export const updateTableSessionRoute = defineRoute({
  method: 'patch',
  path: '/v1/table-sessions/:sessionId',
  summary: 'Change the guest count of an open session (staff)',
  tag: 'table-sessions',
  request: { params: SessionParams, body: UpdateTableSessionRequest },
  response: { status: 200, description: 'The session as changed', body: TableSessionResponse },
  problems: ['table-session-not-found', 'table-session-closed'],
});

export const closeTableSessionRoute = defineRoute({
  method: 'post',
  path: '/v1/table-sessions/:sessionId/close',
  summary:
    'End the visit (staff), with the sessions merged into it; refused while an order is neither paid nor cancelled; the tables become dirty',
  tag: 'table-sessions',
  request: { params: SessionParams },
  response: { status: 200, description: 'The closed session', body: TableSessionResponse },
  problems: ['table-session-not-found', 'table-session-closed', 'table-session-has-open-tab'],
});

export const reopenTableSessionRoute = defineRoute({
  method: 'post',
  path: '/v1/table-sessions/:sessionId/reopen',
  summary:
    "Open a closed session again: a manager, or staff with a manager's approval (header X-Manager-Approval, action reopen-session)",
  tag: 'table-sessions',
  request: { params: SessionParams },
  response: { status: 200, description: 'The reopened session', body: TableSessionResponse },
  problems: ['table-session-not-found', 'table-session-not-closed', 'table-session-open'],
});
