import { z } from 'zod';
import { Id } from '../../shared/ids';
import { Currency } from '../../shared/money';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { DisplayName, LocationParams } from './fields';

/** Whether `name` is an IANA time zone this runtime knows (`Europe/Berlin`); offsets are not. */
function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const TimeZone = z.string().max(64).refine(isTimeZone, 'an IANA time zone such as Europe/Berlin');
const Address = z.string().trim().min(1).max(300);
const settings = {
  timezone: TimeZone,
  address: Address.nullable(),
  /** Fire items to the kitchen as soon as they are ordered (unless held). */
  autoFire: z.boolean(),
  /** On negative stock: refuse the order, or take it and alert. */
  stockPolicy: z.enum(['block', 'alert']),
  /** An open table session with no activity for this long counts as idle (never closed by it). */
  sessionIdleMinutes: z.number().int().min(1).max(10_080),
  /** Closed table sessions are pruned after this many days. */
  closedSessionRetentionDays: z.number().int().min(1).max(3_650),
};

/** A restaurant of the tenant and what it decides for itself. */
export const LocationResponse = z
  .object({
    id: Id,
    name: z.string(),
    currency: Currency,
    ...settings,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Location' });
export type LocationResponse = z.infer<typeof LocationResponse>;

export const CreateLocationRequest = z
  .object({
    name: DisplayName,
    /** Fixed once created: prices, orders and bills are in it. */
    currency: Currency,
    timezone: TimeZone.default('Europe/Berlin'),
    address: Address.optional(),
    autoFire: settings.autoFire.default(true),
    stockPolicy: settings.stockPolicy.default('block'),
    sessionIdleMinutes: settings.sessionIdleMinutes.default(240),
    closedSessionRetentionDays: settings.closedSessionRetentionDays.default(30),
  })
  .meta({ id: 'CreateLocationRequest' });
export type CreateLocationRequest = z.infer<typeof CreateLocationRequest>;

/** Only what is sent changes; `currency` cannot (it is ignored). */
export const UpdateLocationRequest = z
  .object({ name: DisplayName, ...settings })
  .partial()
  .meta({ id: 'UpdateLocationRequest' });
export type UpdateLocationRequest = z.infer<typeof UpdateLocationRequest>;

export const createLocationRoute = defineRoute({
  method: 'post',
  path: '/v1/locations',
  summary: 'Open a location (admin); its order numbers start at 1',
  tag: 'management',
  request: { body: CreateLocationRequest },
  response: { status: 201, description: 'The new location', body: LocationResponse },
  problems: [],
});

export const listLocationsRoute = defineRoute({
  method: 'get',
  path: '/v1/locations',
  summary: 'List the locations the caller may act for (staff or storefront), oldest first',
  tag: 'management',
  request: { query: PageQuery },
  response: {
    status: 200,
    description: 'One page of locations',
    body: pageOf(LocationResponse, 'LocationPage'),
  },
  problems: [],
});

export const getLocationRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId',
  summary: 'Read one location',
  tag: 'management',
  request: { params: LocationParams },
  response: { status: 200, description: 'The location', body: LocationResponse },
  problems: ['location-not-found'],
});

export const updateLocationRoute = defineRoute({
  method: 'patch',
  path: '/v1/locations/:locationId',
  summary: "Change a location's name, address, time zone or settings (admin, or its manager)",
  tag: 'management',
  request: { params: LocationParams, body: UpdateLocationRequest },
  response: { status: 200, description: 'The location as changed', body: LocationResponse },
  problems: ['location-not-found'],
});
