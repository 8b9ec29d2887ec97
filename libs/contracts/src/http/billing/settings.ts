import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

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

/** How a location bills: its business day's time zone, register duty, service charge, discounts. */
export const BillingSettingsRequest = z
  .object({
    /** IANA time zone of the location: business dates and bill years are local. */
    timezone: z.string().max(64).refine(isTimeZone, 'an IANA time zone such as Europe/Berlin'),
    /** Cash and card tenders are refused unless a register session is open. */
    requireOpenRegister: z.boolean(),
    /** The automatic service charge, in basis points of the discounted bill (at most 50 %). */
    serviceChargeBps: z.number().int().min(0).max(5000),
    /** Parties at least this large get the service charge; null: never automatic. */
    serviceChargeMinGuests: z.number().int().min(1).max(1000).nullable(),
    /** A waiter's discount above this (basis points) needs a manager's approval. */
    discountApprovalAboveBps: z.number().int().min(0).max(10_000),
  })
  .meta({ id: 'BillingSettingsRequest' });
export type BillingSettingsRequest = z.infer<typeof BillingSettingsRequest>;

export const BillingSettingsResponse = BillingSettingsRequest.extend({
  locationId: Id,
  /** Who changed them last; null while the location runs on the defaults. */
  updatedBy: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
}).meta({ id: 'BillingSettings' });
export type BillingSettingsResponse = z.infer<typeof BillingSettingsResponse>;

const locationParams = z.object({ locationId: Id });

export const getBillingSettingsRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/billing-settings',
  summary:
    "The location's billing settings (the defaults until a manager sets them: Europe/Berlin, no register duty, no service charge, approval above 10 %)",
  tag: 'billing',
  request: { params: locationParams },
  response: { status: 200, description: 'The settings', body: BillingSettingsResponse },
  problems: [],
});

export const putBillingSettingsRoute = defineRoute({
  method: 'put',
  path: '/v1/locations/:locationId/billing-settings',
  summary: "Replace the location's billing settings (a manager of the location or an admin)",
  tag: 'billing',
  request: { params: locationParams, body: BillingSettingsRequest },
  response: { status: 200, description: 'The settings now', body: BillingSettingsResponse },
  problems: [],
});
