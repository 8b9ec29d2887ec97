import { z } from 'zod';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';

const cents = z.number().int().min(0).max(100_000_000);

/** Coins and notes counted: `count` pieces of `valueMinor` each. */
export const Denominations = z
  .array(
    z.object({
      valueMinor: z.number().int().min(1).max(100_000),
      count: z.number().int().min(0).max(100_000),
    }),
  )
  .max(40)
  .meta({ id: 'Denominations' });
export type Denominations = z.infer<typeof Denominations>;

export const CreateRegisterRequest = z
  .object({ name: z.string().trim().min(1).max(60) })
  .meta({ id: 'CreateRegisterRequest' });
export type CreateRegisterRequest = z.infer<typeof CreateRegisterRequest>;

export const RegisterResponse = z
  .object({ id: Id, locationId: Id, name: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'Register' });
export type RegisterResponse = z.infer<typeof RegisterResponse>;

export const OpenRegisterSessionRequest = z
  .object({
    openingFloatMinor: cents,
    /** The float as counted; its sum must be `openingFloatMinor`. */
    denominations: Denominations,
  })
  .meta({ id: 'OpenRegisterSessionRequest' });
export type OpenRegisterSessionRequest = z.infer<typeof OpenRegisterSessionRequest>;

export const MovementKind = z.enum(['cash_in', 'cash_out', 'safe_drop', 'tips_out']);
export type MovementKind = z.infer<typeof MovementKind>;

export const CashMovementRequest = z
  .object({
    kind: MovementKind,
    amountMinor: cents.min(1),
    /** Required for cash_in and cash_out. */
    reason: z.string().trim().min(1).max(200).optional(),
  })
  .meta({ id: 'CashMovementRequest' });
export type CashMovementRequest = z.infer<typeof CashMovementRequest>;

export const CashMovementResponse = z
  .object({
    id: Id,
    sessionId: Id,
    kind: MovementKind,
    amount: Money,
    reason: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CashMovement' });
export type CashMovementResponse = z.infer<typeof CashMovementResponse>;

export const CloseRegisterSessionRequest = z
  .object({
    countedMinor: cents,
    /** The drawer as counted; when given, its sum must be `countedMinor`. */
    denominations: Denominations.optional(),
    /** Required when counted and expected cash differ. */
    differenceReason: z.string().trim().min(1).max(500).optional(),
  })
  .meta({ id: 'CloseRegisterSessionRequest' });
export type CloseRegisterSessionRequest = z.infer<typeof CloseRegisterSessionRequest>;

/** The cash a drawer should hold, part by part. */
export const ExpectedCash = z
  .object({
    openingFloat: Money,
    /** Cash payments kept (amount and tip, the change given back excluded). */
    cashSales: Money,
    cashRefunds: Money,
    cashIn: Money,
    cashOut: Money,
    safeDrops: Money,
    tipsOut: Money,
    /** float + sales − refunds + in − out − drops − tips out. */
    expected: Money,
  })
  .meta({ id: 'ExpectedCash' });
export type ExpectedCash = z.infer<typeof ExpectedCash>;

export const RegisterSessionResponse = z
  .object({
    id: Id,
    registerId: Id,
    locationId: Id,
    fiscalDayId: Id,
    status: z.enum(['open', 'closed']),
    openingDenominations: Denominations,
    openedBy: z.string(),
    openedAt: z.iso.datetime(),
    /** Live while open; as fixed at close once closed. */
    cash: ExpectedCash,
    counted: Money.nullable(),
    countedDenominations: Denominations.nullable(),
    difference: Money.nullable(),
    differenceReason: z.string().nullable(),
    closedBy: z.string().nullable(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'RegisterSession' });
export type RegisterSessionResponse = z.infer<typeof RegisterSessionResponse>;

const locationParams = z.object({ locationId: Id });
const registerParams = z.object({ registerId: Id });
const sessionParams = z.object({ sessionId: Id });

export const createRegisterRoute = defineRoute({
  method: 'post',
  path: '/v1/locations/:locationId/registers',
  summary:
    'Add a cash register to the location (a manager or admin); names are unique per location',
  tag: 'billing',
  request: { params: locationParams, body: CreateRegisterRequest },
  response: { status: 201, description: 'The register', body: RegisterResponse },
  problems: ['register-name-taken'],
});

export const listRegistersRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/registers',
  summary: "The location's cash registers by name",
  tag: 'billing',
  request: { params: locationParams, query: PageQuery },
  response: {
    status: 200,
    description: 'One page',
    body: pageOf(RegisterResponse, 'RegisterPage'),
  },
  problems: [],
});

export const openRegisterSessionRoute = defineRoute({
  method: 'post',
  path: '/v1/registers/:registerId/sessions',
  summary:
    'Open a session on the register with its counted float; it belongs to the fiscal day for sale (opened if none is)',
  tag: 'billing',
  request: { params: registerParams, body: OpenRegisterSessionRequest },
  response: { status: 201, description: 'The open session', body: RegisterSessionResponse },
  problems: ['register-session-open', 'denominations-mismatch'],
});

export const listRegisterSessionsRoute = defineRoute({
  method: 'get',
  path: '/v1/registers/:registerId/sessions',
  summary: "The register's sessions, newest first",
  tag: 'billing',
  request: { params: registerParams, query: PageQuery },
  response: {
    status: 200,
    description: 'One page',
    body: pageOf(RegisterSessionResponse, 'RegisterSessionPage'),
  },
  problems: [],
});

export const getRegisterSessionRoute = defineRoute({
  method: 'get',
  path: '/v1/register-sessions/:sessionId',
  summary: 'A register session with the cash it should hold so far, part by part',
  tag: 'billing',
  request: { params: sessionParams },
  response: { status: 200, description: 'The session', body: RegisterSessionResponse },
  problems: [],
});

export const addCashMovementRoute = defineRoute({
  method: 'post',
  path: '/v1/register-sessions/:sessionId/movements',
  summary: 'Record cash put in, taken out, dropped to the safe or paid out as tips',
  tag: 'billing',
  request: { params: sessionParams, body: CashMovementRequest },
  response: { status: 201, description: 'The movement', body: CashMovementResponse },
  problems: ['register-session-closed', 'reason-required'],
});

export const closeRegisterSessionRoute = defineRoute({
  method: 'post',
  path: '/v1/register-sessions/:sessionId/close',
  summary:
    'Close the session with the cash counted; a difference from the expected cash needs a reason. A closed session never changes.',
  tag: 'billing',
  request: { params: sessionParams, body: CloseRegisterSessionRequest },
  response: { status: 200, description: 'The closed session', body: RegisterSessionResponse },
  problems: ['register-session-closed', 'denominations-mismatch', 'difference-reason-required'],
});
