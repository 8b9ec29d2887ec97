import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { MenuItemParams, PriceMinor } from './fields';

/** A product at one location: its own price and availability, and a snooze ("86") if any. */
export const LocationMenuItemResponse = z
  .object({
    locationId: Id,
    productId: Id,
    /** Null: the catalog price. */
    priceMinor: z.number().int().nullable(),
    /** False: not on this location's menu. */
    available: z.boolean(),
    /** Sold out until then; null when never snoozed or unsnoozed (a past time: the snooze is over). */
    snoozedUntil: z.iso.datetime().nullable(),
  })
  .meta({ id: 'LocationMenuItem' });
export type LocationMenuItemResponse = z.infer<typeof LocationMenuItemResponse>;

export const UpdateLocationMenuItemRequest = z
  .object({
    /** Null (or left out): the catalog price. */
    priceMinor: PriceMinor.nullable().default(null),
    available: z.boolean().default(true),
  })
  .meta({ id: 'UpdateLocationMenuItemRequest' });
export type UpdateLocationMenuItemRequest = z.infer<typeof UpdateLocationMenuItemRequest>;

export const SnoozeMenuItemRequest = z
  .object({
    /** In the future, at most 7 days ahead; the item sells again by itself then. */
    until: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SnoozeMenuItemRequest' });
export type SnoozeMenuItemRequest = z.infer<typeof SnoozeMenuItemRequest>;

export const updateLocationMenuItemRoute = defineRoute({
  method: 'put',
  path: '/v1/locations/:locationId/menu-items/:productId',
  summary: "Set a product's price and availability at one location (its manager, or an admin)",
  tag: 'menu',
  request: { params: MenuItemParams, body: UpdateLocationMenuItemRequest },
  response: {
    status: 200,
    description: 'The product at the location',
    body: LocationMenuItemResponse,
  },
  problems: ['location-not-found'],
});

export const snoozeMenuItemRoute = defineRoute({
  method: 'post',
  path: '/v1/locations/:locationId/menu-items/:productId/snooze',
  summary: 'Mark a product sold out ("86") at one location until a time (waiter, kitchen, manager)',
  tag: 'menu',
  request: { params: MenuItemParams, body: SnoozeMenuItemRequest },
  response: {
    status: 200,
    description: 'The product at the location',
    body: LocationMenuItemResponse,
  },
  problems: ['location-not-found', 'snooze-invalid'],
});

export const unsnoozeMenuItemRoute = defineRoute({
  method: 'delete',
  path: '/v1/locations/:locationId/menu-items/:productId/snooze',
  summary: 'Sell a snoozed product again at one location (waiter, kitchen, manager)',
  tag: 'menu',
  request: { params: MenuItemParams },
  response: {
    status: 200,
    description: 'The product at the location',
    body: LocationMenuItemResponse,
  },
  problems: ['location-not-found'],
});
